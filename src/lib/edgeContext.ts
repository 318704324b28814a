/** The part of the Edge rule engine's module context this extension uses (no public types exist). */
export interface EdgeContext {
  arc: {
    event?: { xdm?: Record<string, unknown>; data?: Record<string, unknown> };
    request?: Record<string, unknown>;
    ruleStash?: Record<string, unknown>;
  };
  utils: {
    getSettings(): Record<string, unknown>;
    getExtensionSettings(): Record<string, unknown>;
    fetch(resource: string, init?: RequestInit): Promise<Response>;
    logger?: Record<'log' | 'info' | 'debug' | 'warn' | 'error', (...args: unknown[]) => void>;
  };
}
