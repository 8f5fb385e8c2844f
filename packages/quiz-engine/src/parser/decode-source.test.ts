import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode-source';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('passes strings through, without a byte order mark', () => {
    expect(decodeSource('\uFEFFid: a')).toEqual({ ok: true, text: 'id: a' });
  });

  it('decodes valid UTF-8 bytes, accents and emoji included', () => {
    expect(decodeSource(utf8('title: Café ✓ 🎌'))).toEqual({ ok: true, text: 'title: Café ✓ 🎌' });
  });

  it('locates a stray Latin-1 byte by line and column', () => {
    const source = new Uint8Array([...utf8('id: a\ntitle: Caf'), 0xe9, ...utf8('\n')]);
    expect(decodeSource(source)).toEqual({ ok: false, line: 2, column: 11, byte: 16 });
  });

  it('refuses a truncated sequence at the end', () => {
    expect(decodeSource(bytes(0x61, 0xe2, 0x82))).toMatchObject({ ok: false, column: 2 });
  });

  it('refuses overlong encodings and encoded surrogates', () => {
    expect(decodeSource(bytes(0xc0, 0xaf)).ok).toBe(false);
    expect(decodeSource(bytes(0xed, 0xa0, 0x80)).ok).toBe(false);
    expect(decodeSource(bytes(0xf4, 0x90, 0x80, 0x80)).ok).toBe(false);
  });

  it('counts an astral character as two UTF-16 columns, as editors using UTF-16 do', () => {
    const source = new Uint8Array([...utf8('🎌'), 0xff]);
    expect(decodeSource(source)).toMatchObject({ ok: false, line: 1, column: 3 });
  });
});
