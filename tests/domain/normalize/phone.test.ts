import { describe, expect, it } from 'vitest';
import { parsePhone, toE164 } from '../../../src/domain/normalize/phone';

describe('phones as people write them', () => {
  it('keeps possible numbers that the metadata does not know, flagged unverified (AE, BD, NZ, KZ, NG)', () => {
    expect(parsePhone('+971 4 123 4567', 'AE')).toEqual({ kind: 'unverified', e164: '+97141234567', extension: null, country: 'AE' });
    expect(parsePhone('+880 2 898 3310', 'BD')).toMatchObject({ kind: 'unverified', e164: '+88028983310' });
    expect(parsePhone('+64 9 123 456', 'NZ')).toMatchObject({ kind: 'unverified', e164: '+649123456' });
    expect(parsePhone('+7 727 123 4567', 'KZ')).toMatchObject({ kind: 'unverified', e164: '+77271234567' });
    expect(parsePhone('+234 1 234 5678', 'NG')).toMatchObject({ kind: 'unverified', e164: '+23412345678' });
    expect(toE164('+971 4 123 4567')).toBe('+97141234567');
  });

  it('reads valid numbers in the forms sheets and chats carry', () => {
    expect(parsePhone('+55 11 3456 7890', 'BR')).toMatchObject({ kind: 'valid', e164: '+551134567890' });
    expect(parsePhone('0086-755-2345 6789')).toMatchObject({ kind: 'valid', e164: '+8675523456789', country: 'CN' });
    expect(parsePhone('(0086) 755 2345 6789')).toMatchObject({ kind: 'valid', e164: '+8675523456789' });
    expect(parsePhone('(+86) 755 2345 6789')).toMatchObject({ kind: 'valid', e164: '+8675523456789' });
    expect(parsePhone('(011) 3456-7890', 'BR')).toMatchObject({ kind: 'valid', e164: '+551134567890' });
    expect(parsePhone('011 86 755 2345 6789', 'US')).toMatchObject({ kind: 'valid', e164: '+8675523456789' });
    expect(parsePhone('+49 (0)89 34567890')).toMatchObject({ kind: 'valid', e164: '+498934567890' });
    expect(parsePhone('0755-23456789', 'CN')).toMatchObject({ kind: 'valid', e164: '+8675523456789' });
    // WhatsApp copies: bidi marks around the number, odd spacing
    expect(parsePhone('\u202a+971 50 123 4567\u202c')).toMatchObject({ kind: 'valid', e164: '+971501234567' });
    expect(parsePhone('+55 11 9 8765-4321')).toMatchObject({ kind: 'valid', e164: '+5511987654321' });
    expect(parsePhone('＋８６ ７５５ ２３４５ ６７８９')).toMatchObject({ kind: 'valid', e164: '+8675523456789' });
  });

  it('takes extensions off and keeps them', () => {
    expect(parsePhone('+86 755 2345 6789 ext 12', 'CN')).toMatchObject({ e164: '+8675523456789', extension: '12' });
    expect(parsePhone('0755-23456789 转 8021', 'CN')).toMatchObject({ e164: '+8675523456789', extension: '8021' });
    expect(parsePhone('+1 (310) 204-5678 x204', 'US')).toMatchObject({ e164: '+13102045678', extension: '204' });
    expect(parsePhone('+1 310 204 5678 ext. 7', 'US')).toMatchObject({ extension: '7' });
  });

  it('calls impossible only what cannot be a number', () => {
    for (const [text, country] of [['12345', 'CN'], ['+1 23', 'US'], ['hello', null], ['+86 755 2345 6789 1234 5678', null], ['+999 1234 5678', null], ['=1+2', null]] as const) {
      expect(parsePhone(text, country)).toEqual({ kind: 'impossible' });
      expect(toE164(text, country)).toBeUndefined();
    }
  });
});
