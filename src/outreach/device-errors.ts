import type { ConfigErrorCode } from '../device/config';
import type { EnrolErrorCode } from '../device/enrol';
import type { Messages } from '../i18n';

// Device errors carry a code; staff read them in their own language.

const ENROL: Record<EnrolErrorCode, keyof Messages> = {
  already_enrolled: 'enrolErrAlready',
  invalid_code: 'enrolErrInvalidCode',
  rate_limited: 'enrolErrRateLimited',
  unreachable: 'enrolErrUnreachable',
  failed: 'enrolErrFailed',
  key_mismatch: 'enrolErrKeyMismatch',
  other_partnership: 'enrolErrOtherPartnership',
};

const CONFIG: Record<ConfigErrorCode, keyof Messages> = {
  not_signed: 'configErrNotSigned',
  bad_format: 'configErrBadFormat',
  other_partnership: 'configErrOtherPartnership',
  older: 'configErrOlder',
  not_a_file: 'configErrNotAFile',
};

export const enrolErrorText = (m: Messages, code: EnrolErrorCode) => m[ENROL[code]] as string;
export const configErrorText = (m: Messages, code: ConfigErrorCode) => m[CONFIG[code]] as string;
