import type { DraaiboekBridge } from '../../shared/api';

declare global {
  interface Window {
    readonly draaiboek: DraaiboekBridge;
  }
}
