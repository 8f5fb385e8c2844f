import type { ScormApi, ScormCall, ScormVersion } from '../api';

/** How the fake LMS misbehaves. */
export interface FakeLmsFaults {
  /** Refuse Initialize. */
  readonly initialize?: boolean;
  /** Refuse every Commit. */
  readonly commit?: boolean;
  /** Every call fails as a throwing API's does. */
  readonly throws?: boolean;
  /** Refuse setting these elements. */
  readonly refuse?: readonly string[];
}

/**
 * An LMS in memory for unit tests of the session: a CMI store with the call log; what it
 * holds after Commit is what a next launch reads. The browser tests use scorm-again instead.
 */
export class FakeLms implements ScormApi {
  readonly values = new Map<string, string>();
  readonly committed = new Map<string, string>();
  readonly calls: string[] = [];
  faults: FakeLmsFaults;

  constructor(
    readonly version: ScormVersion,
    saved: Record<string, string> = {},
    faults: FakeLmsFaults = {},
  ) {
    for (const [element, value] of Object.entries(saved)) {
      this.values.set(element, value);
      this.committed.set(element, value);
    }
    this.faults = faults;
  }

  private result(call: string, ok: boolean, code = '101'): ScormCall<void> {
    this.calls.push(call);
    if (this.faults.throws) return { ok: false, error: "the LMS's SCORM API failed (down)" };
    return ok
      ? { ok: true, value: undefined }
      : { ok: false, error: `the LMS refused ${call} (error ${code})` };
  }

  initialize() {
    return this.result('Initialize', !this.faults.initialize);
  }

  getValue(element: string): ScormCall<string> {
    this.calls.push(`GetValue ${element}`);
    if (this.faults.throws) return { ok: false, error: "the LMS's SCORM API failed (down)" };
    if (element === 'cmi.interactions._count') {
      const ids = [...this.values.keys()].filter((key) => /^cmi\.interactions\.\d+\.id$/.test(key));
      return { ok: true, value: String(ids.length) };
    }
    const value = this.values.get(element);
    return value === undefined
      ? { ok: false, error: 'not initialized (403)' }
      : { ok: true, value };
  }

  setValue(element: string, value: string) {
    const refused = this.faults.refuse?.includes(element) ?? false;
    const call = this.result(`SetValue ${element}`, !refused, '405');
    if (call.ok) this.values.set(element, value);
    return call;
  }

  commit() {
    const call = this.result('Commit', !this.faults.commit, '391');
    if (call.ok) for (const [element, value] of this.values) this.committed.set(element, value);
    return call;
  }

  terminate() {
    const call = this.result('Terminate', true);
    if (call.ok && !this.faults.commit)
      for (const [element, value] of this.values) this.committed.set(element, value);
    return call;
  }

  /** What a next launch finds: the committed values. */
  kept(): Record<string, string> {
    return Object.fromEntries(this.committed);
  }

  interactions(): Record<string, string>[] {
    const count = Number(this.getValue('cmi.interactions._count').ok ? this.values.size : 0);
    const list: Record<string, string>[] = [];
    for (let n = 0; n < count; n += 1) {
      const prefix = `cmi.interactions.${n}.`;
      const entries = [...this.values].filter(([key]) => key.startsWith(prefix));
      if (entries.length === 0) break;
      list.push(
        Object.fromEntries(entries.map(([key, value]) => [key.slice(prefix.length), value])),
      );
    }
    return list;
  }
}
