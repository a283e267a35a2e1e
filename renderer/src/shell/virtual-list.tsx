import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/** Up to this many rows a plain list is cheap, and every row stays findable with the browser's own search. */
const PLAIN_LIST_LIMIT = 150;

interface VirtualListProps {
  count: number;
  rowHeight: number;
  maxHeight: number;
  label: string;
  renderRow: (index: number) => ReactNode;
  rowKey: (index: number) => string;
  className?: string;
}

function PlainList(props: VirtualListProps) {
  return (
    <div className={`virtual-scroller ${props.className ?? ''}`} style={{ maxHeight: props.maxHeight }} tabIndex={props.count > 0 ? 0 : -1} role="region" aria-label={props.label}>
      <ul className="virtual-list">
        {Array.from({ length: props.count }, (_, index) => (
          <li key={props.rowKey(index)}>{props.renderRow(index)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A long list that renders only the rows in view, so thousands of people scroll smoothly. Each row still
 * tells assistive technology its place in the whole list.
 */
export function VirtualList(props: VirtualListProps) {
  return props.count <= PLAIN_LIST_LIMIT ? <PlainList {...props} /> : <WindowedList {...props} />;
}

function WindowedList(props: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => props.rowHeight,
    overscan: 8,
    initialRect: { width: 800, height: props.maxHeight },
  });
  const height = Math.min(props.maxHeight, props.count * props.rowHeight);
  return (
    <div ref={scroller} className={`virtual-scroller ${props.className ?? ''}`} style={{ maxHeight: props.maxHeight, height }} tabIndex={props.count > 0 ? 0 : -1} role="region" aria-label={props.label}>
      <ul style={{ height: virtualizer.getTotalSize(), position: 'relative' }} className="virtual-list">
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={props.rowKey(item.index)}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={props.count}
            aria-posinset={item.index + 1}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
          >
            {props.renderRow(item.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
