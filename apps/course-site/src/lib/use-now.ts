import { useEffect, useState } from 'react';

/**
 * The time, once the page has hydrated (null before: server HTML must not depend on the clock),
 * renewed every minute so that "due today" turns into "due now" on an open page.
 */
export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
