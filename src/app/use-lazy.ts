import { useEffect, useState } from 'preact/hooks';

/**
 * Load a module only once it is wanted (`when` turns true) and keep it. A few lines instead
 * of preact/compat's lazy/Suspense, which would add weight to the kiosk's first paint.
 */
export function useLazy<T>(load: () => Promise<T>, when: boolean): T | undefined {
  const [value, setValue] = useState<{ v: T }>();
  useEffect(() => {
    if (!when || value) return;
    let live = true;
    void load().then((v) => live && setValue({ v }));
    return () => {
      live = false;
    };
    // `load` is a module-level import function, stable for the component's life.
  }, [when]);
  return value?.v;
}
