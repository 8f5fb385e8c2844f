import { startTransition, useEffect, useState } from 'react';

/**
 * The time, once the page has hydrated (null before: server HTML must not depend on the clock),
 * renewed every minute so that "due today" turns into "due now" on an open page. Each change is
 * a transition: what waits for the time (the progress report) renders in short tasks and never
 * holds up input.
 */
export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const tick = () => startTransition(() => setNow(new Date()));
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
