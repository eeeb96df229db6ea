import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analysisContext } from '../analysis/context';
import type { Dataset, Filters, Progress } from '../analysis/types';
import { useWorkspace } from '../workspace';
import { loadDataset, refreshDataset, type LoadResult } from './pipeline/loader';
import { ReviewContext, type LoadNotice, type ReviewState } from './review-context';
import './review.css';

// Wraps every review screen: once the partnership key is unlocked it loads the dataset once
// (cached ciphertext first, then what is new on the server, opened in a worker), and keeps it
// while the coordinator moves between screens. Decrypted rows live only in this component's
// state: locking the key (or signing out) drops them. Screens show progress and notices with
// <ReviewStatus> and their content with <ReviewReady>.

export { useReview } from './review-context';
export { ReviewReady, ReviewStatus } from './ReviewStatus';

/** At most this often a progress update re-renders the screen. */
const PROGRESS_EVERY_MS = 100;

export function ReviewProvider({ children }: { children: ComponentChildren }) {
  const { keys, config } = useWorkspace();
  const [status, setStatus] = useState<ReviewState['status']>('idle');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [notice, setNotice] = useState<LoadNotice | null>(null);
  const [cacheCleared, setCacheCleared] = useState(false);
  const [cacheFailed, setCacheFailed] = useState<string | null>(null);
  const [fetched, setFetched] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const running = useRef<AbortController | null>(null);
  const latest = useRef<Dataset | null>(null);

  const run = useCallback(
    (incremental: boolean) => {
      if (!keys) return;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setStatus('loading');
      setError(null);
      setProgress({ phase: 'fetching', done: 0, total: null });
      let last = 0;
      const onProgress = (p: Progress) => {
        const now = performance.now();
        if (p.phase !== 'done' && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        if (!controller.signal.aborted) setProgress(p);
      };
      const options = { keys, onProgress, signal: controller.signal };
      const previous = latest.current;
      const load: Promise<LoadResult> =
        incremental && previous ? refreshDataset(previous, options) : loadDataset(options);
      load.then(
        (result) => {
          if (controller.signal.aborted) return;
          latest.current = result.dataset;
          setDataset(result.dataset);
          setNotice(
            result.problem
              ? { offline: result.problem.offline, message: result.problem.message }
              : null,
          );
          setCacheCleared(result.cacheCleared);
          setCacheFailed(null);
          result.cached.catch((e: unknown) => {
            if (!controller.signal.aborted)
              setCacheFailed(e instanceof Error ? e.message : String(e));
          });
          setFetched(result.fetched);
          setProgress({ phase: 'done', done: result.dataset.responses.length, total: null });
          setStatus('ready');
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          setError(e instanceof Error ? e.message : String(e));
          setStatus(latest.current ? 'ready' : 'failed');
        },
      );
    },
    [keys],
  );

  // Load when the key is unlocked; forget everything opened when it locks.
  useEffect(() => {
    if (keys) run(false);
    return () => {
      running.current?.abort();
      running.current = null;
      latest.current = null;
      setDataset(null);
      setStatus('idle');
      setProgress(null);
      setNotice(null);
    };
  }, [keys, run]);

  const payload = config?.payload ?? null;
  const analysis = useMemo(
    () => (dataset ? analysisContext(payload, dataset) : null),
    [payload, dataset],
  );
  const refresh = useCallback(() => run(true), [run]);

  const value: ReviewState = {
    status,
    progress,
    dataset,
    analysis,
    notice,
    cacheCleared,
    cacheFailed,
    fetched,
    error,
    filters,
    setFilters,
    refresh,
  };
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}
