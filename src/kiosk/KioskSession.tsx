import { useState } from 'preact/hooks';
import type { Locale } from '../../protocol/locales';
import { FormRunner } from '../forms/ui/FormRunner';
import { messages } from '../i18n';
import { IntroScreen } from './IntroScreen';
import type { KioskRuntime } from './runtime';
import { ThanksScreen } from './ThanksScreen';
import { responsePlaintext } from '../forms/response';

interface Props {
  runtime: KioskRuntime;
  locale: Locale;
  /** Use the easy-read form (chosen on the start screen). */
  easyRead: boolean;
  onDone: () => void;
}

/**
 * One respondent, from the intro to the thank-you screen. Unmounting this component is how
 * answers are discarded: they exist nowhere else.
 */
export function KioskSession({ runtime, locale, easyRead, onDone }: Props) {
  const m = messages();
  const [stage, setStage] = useState<'intro' | 'questions' | 'thanks'>('intro');
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const { config, submitter } = runtime;
  const form = easyRead && runtime.easyRead ? runtime.easyRead : runtime.form;

  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await submitter.submit(
        responsePlaintext({ form, locale, mode: 'kiosk', eventId: runtime.eventId, answers }),
      );
      setAnswers({});
      setStage('thanks');
      void import('../app/sync-service').then((m) => m.requestSync());
    } catch {
      // Nothing was stored; the answers stay on screen so the person or staff can retry.
      setFailure(m.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  if (stage === 'intro') {
    return (
      <IntroScreen localHelplines={config.helplines} onContinue={() => setStage('questions')} />
    );
  }
  if (stage === 'thanks') {
    return <ThanksScreen localHelplines={config.helplines} onFinish={onDone} />;
  }
  return (
    <FormRunner
      form={form}
      answers={answers}
      locale={locale}
      onAnswer={(id, value) =>
        setAnswers((prev) => {
          const next = { ...prev };
          if (value === undefined) delete next[id];
          else next[id] = value;
          return next;
        })
      }
      onLeaveStart={() => setStage('intro')}
      onComplete={() => void submit()}
      busy={busy}
      failure={failure}
    />
  );
}
