import { closingQuoteIndex } from './structure-scan.js';

type PathStep = { kind: 'object'; key: string | undefined } | { kind: 'array'; index: number };

const plainIdentifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function resolveKey(text: string, openingQuote: number, closingQuote: number): string {
  const literal = text.slice(openingQuote, closingQuote + 1);
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : literal;
  } catch {
    return literal;
  }
}

function formatPath(steps: readonly PathStep[], lastKey: string): string {
  let path = '$';
  const keys: (string | number)[] = [];
  for (const step of steps) keys.push(step.kind === 'array' ? step.index : (step.key ?? '?'));
  keys.pop(); // the innermost object is the one holding `lastKey`
  keys.push(lastKey);
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += plainIdentifier.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

/**
 * The path, like `$.people[3].__proto__`, of the object key whose opening quote is at `keyOffset`. Used only to
 * explain a refusal, so it walks the text again rather than slowing down the scan that found the problem.
 */
export function keyPathAt(text: string, keyOffset: number): string {
  const steps: PathStep[] = [];
  let expectingKey = false;
  let index = 0;
  while (index < text.length && index <= keyOffset) {
    const char = text[index];
    const top = steps[steps.length - 1];
    if (char === '"') {
      const closing = closingQuoteIndex(text, index + 1);
      if (closing === -1) break;
      if (expectingKey && top?.kind === 'object') {
        const key = resolveKey(text, index, closing);
        if (index === keyOffset) return formatPath(steps, key);
        top.key = key;
        expectingKey = false;
      }
      index = closing + 1;
      continue;
    }
    if (char === '{') {
      steps.push({ kind: 'object', key: undefined });
      expectingKey = true;
    } else if (char === '[') {
      steps.push({ kind: 'array', index: 0 });
      expectingKey = false;
    } else if (char === '}' || char === ']') {
      steps.pop();
      expectingKey = false;
    } else if (char === ',' && top !== undefined) {
      if (top.kind === 'array') top.index++;
      else expectingKey = true;
    }
    index++;
  }
  return '$';
}
