import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AnalysisContext } from '../analysis/context';
import type { Dataset, Filters, Progress } from '../analysis/types';

// What the review screens share: the opened dataset (in memory only, dropped when the key
// locks), how loading went, and the filters a coordinator chose (kept while they move between
// screens).

export interface LoadNotice {
  /** The server could not be read: what is shown is what was cached on this computer. */
  offline: boolean;
  message: string;
}

export interface ReviewState {
  /** 'idle' until keys are unlocked; 'loading' covers a refresh too (dataset kept meanwhile). */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  progress: Progress | null;
  dataset: Dataset | null;
  /** Built from the dataset and the published config; null until the dataset is ready. */
  analysis: AnalysisContext | null;
  /** Set when the last load could not reach the server (offline review of the cache). */
  notice: LoadNotice | null;
  /** The cache held another key's records and was emptied. */
  cacheCleared: boolean;
  /** Why the fetched records could not be kept on this computer, if they could not. */
  cacheFailed: string | null;
  /** Records fetched by the last load or refresh. */
  fetched: number;
  /** Why loading failed (status 'failed'). */
  error: string | null;
  filters: Filters;
  setFilters(next: Filters): void;
  /** Fetches and opens only what is new. */
  refresh(): void;
}

export const ReviewContext = createContext<ReviewState | null>(null);

export function useReview(): ReviewState {
  const review = useContext(ReviewContext);
  if (!review) throw new Error('useReview() outside ReviewProvider');
  return review;
}

/** A filters object with unset fields removed (exactOptionalPropertyTypes: no undefined). */
export function withFilter<K extends keyof Filters>(
  filters: Filters,
  key: K,
  value: Filters[K] | undefined,
): Filters {
  const next: Filters = { ...filters };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
