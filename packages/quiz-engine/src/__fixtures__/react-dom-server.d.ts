// The one react-dom function the React tests use; @types/react-dom is not installed.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToString(node: ReactNode): string;
}
