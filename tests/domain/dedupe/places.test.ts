import { describe, expect, it } from 'vitest';
import { citiesFarApart, compareCities, prepareCity } from '../../../src/domain/dedupe/city';
import { readCountry } from '../../../src/domain/dedupe/country-reading';
import { matchRecords } from '../../../src/domain/dedupe/match';

const city = (a: string, b: string, country?: string) => compareCities(prepareCity(a, { country })!, prepareCity(b, { country })!);

describe('cities as reps write them', () => {
  it('knows old and new names, abbreviations and a district against its city', () => {
    for (const [a, b] of [['Bombay', 'Mumbai'], ['Madras', 'Chennai'], ['Rangoon', 'Yangon'], ['København', 'Copenhagen'], ['Oporto', 'Porto']]) expect(city(a, b), `${a} / ${b}`).toBe('same');
    for (const [a, b] of [['SP', 'São Paulo'], ['BH', 'Belo Horizonte'], ['Jhb', 'Johannesburg'], ["B'ham", 'Birmingham'], ['B/quilla', 'Barranquilla'], ['Sto. Domingo', 'Santo Domingo']]) {
      expect(city(a, b), `${a} / ${b}`).toBe('same');
    }
    expect(city('Kano', 'Abuja')).toBe('different');
    expect(city('顺德', 'Foshan')).toBe('same');
    expect(city('Shunde', 'Foshan')).toBe('same');
  });

  it('reads a city in Arabic, Hebrew, Thai, or Japanese kanji', () => {
    expect(city('الرياض', 'Riyadh')).toBe('same');
    expect(city('חיפה', 'Haifa')).toBe('same');
    expect(city('เชียงใหม่', 'Chiang Mai')).toBe('same');
    expect(city('名古屋市', 'Nagoya', 'JP')).toBe('same');
  });

  it('puts suburbs with their city and tells far places apart on the map', () => {
    expect(city('Getafe', 'Madrid', 'ES')).toBe('same');
    expect(city('Doral', 'Miami', 'US')).toBe('same');
    expect(city('Parramatta NSW', 'Sydney', 'AU')).toBe('same');
    // suburbs the map has no town for, a province for its capital, a capital by its syllables' initials
    expect(city('Bellville', 'Cape Town', 'ZA')).toBe('same');
    expect(city('Dong Nai', 'Biên Hòa', 'VN')).toBe('same');
    expect(city('HN', 'Hanoi', 'VN')).toBe('same');
    expect(city('HN', 'Hà Nội', 'VN')).toBe('same');
    expect(city('Bellville', 'Johannesburg', 'ZA')).toBe('different');
    expect(citiesFarApart(prepareCity('Osaka', { country: 'JP' })!, prepareCity('Tokyo', { country: 'JP' })!)).toBe(true);
    expect(citiesFarApart(prepareCity('Arequipa', { country: 'PE' })!, prepareCity('Lima', { country: 'PE' })!)).toBe(true);
    // not on the map: no claim either way
    expect(citiesFarApart(prepareCity('Zzyzxville', { country: 'US' })!, prepareCity('Miami', { country: 'US' })!)).toBe(false);
  });

  it('counts the same name in a suburb of the same city as one buyer', () => {
    const r = matchRecords({ name: 'Koala Lamps Pty Ltd', country: 'AU', city: 'Sydney', contactNames: ['Ben Walsh'] }, { name: 'Koala Lamps', country: 'Australia', city: 'Parramatta NSW', contactNames: ['Ben Walsh'] });
    expect(r.reasons.map((x) => x.code)).toContain('same_city');
    expect(r.verdict).toBe('duplicate');
  });
});

describe('countries as reps write them', () => {
  it('reads endonyms and names with "country" or "kingdom" before them', () => {
    expect(readCountry('Bharat')).toBe('IN');
    expect(readCountry('ประเทศไทย')).toBe('TH');
    expect(readCountry('Nippon')).toBe('JP');
    expect(readCountry('Deutschland')).toBe('DE');
    expect(readCountry('Atlantis')).toBeUndefined();
  });

  it('a generic name in two countries stays apart when one is written as an endonym', () => {
    expect(matchRecords({ name: 'Star Traders', country: 'Bharat', city: 'Pune' }, { name: 'Star Traders', country: 'Pakistan', city: 'Karachi' }).verdict).toBe('distinct');
  });
});
