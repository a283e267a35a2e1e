import type { ReactNode } from 'react';
import { hrefOf, type Route } from './routes.js';

export function Link(props: { to: Route; children: ReactNode; className?: string; current?: boolean }) {
  return (
    <a href={hrefOf(props.to)} className={props.className} aria-current={props.current === true ? 'page' : undefined}>
      {props.children}
    </a>
  );
}
