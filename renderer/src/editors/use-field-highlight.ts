import { useEffect, type RefObject } from 'react';

/**
 * Brings the field a health gap is about into view when the form opens from that gap: scrolled to the middle,
 * its first control focused, and marked (`.field-highlight`) until the user changes it, so the eye finds it.
 */
export function useFieldHighlight(form: RefObject<HTMLFormElement | null>, field: string | undefined): void {
  useEffect(() => {
    if (field === undefined || form.current === null) return undefined;
    const slot = [...form.current.querySelectorAll<HTMLElement>('[data-field]')].find((element) => element.dataset['field'] === field);
    if (slot === undefined) return undefined;
    slot.classList.add('field-highlight');
    slot.scrollIntoView({ block: 'center' });
    slot.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
    const clear = () => slot.classList.remove('field-highlight');
    slot.addEventListener('change', clear, { once: true });
    return () => {
      slot.removeEventListener('change', clear);
      clear();
    };
  }, [form, field]);
}
