import type { ConfigPayload, Settings } from '../../../protocol/config';
import { eventIndex, type EventIndex } from './events';
import { formCatalogue, type FormCatalogue } from './forms';
import type { Dataset } from './types';

// Everything the analysis functions need besides the rows, built once per dataset and config.

export interface AnalysisContext {
  catalogue: FormCatalogue;
  events: EventIndex;
  settings: Settings | undefined;
}

export function analysisContext(config: ConfigPayload | null, dataset: Dataset): AnalysisContext {
  return {
    catalogue: formCatalogue(config?.forms ?? []),
    events: eventIndex(config?.events ?? [], dataset.deviceEvents),
    settings: config?.settings,
  };
}
