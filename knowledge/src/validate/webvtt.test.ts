import { describe, expect, it } from 'vitest';
import { parseWebVtt } from './webvtt.ts';

describe('parseWebVtt', () => {
  it('reads cues with and without ids', () => {
    const { cues, errors } = parseWebVtt(
      'WEBVTT\n\n1\n00:00.000 --> 00:04.500\nПодайте заявление.\n\n00:00:04.500 --> 00:00:09.000 line:90%\nПлатете таксата.\n',
    );
    expect(errors).toEqual([]);
    expect(cues).toEqual([
      { start: 0, end: 4.5, text: 'Подайте заявление.' },
      { start: 4.5, end: 9, text: 'Платете таксата.' },
    ]);
  });

  it('reports a missing header, bad timings, empty and out-of-order cues', () => {
    expect(parseWebVtt('00:00.000 --> 00:01.000\nx').errors).toEqual(['must start with "WEBVTT"']);
    const { errors } = parseWebVtt(
      'WEBVTT\n\n00:05.000 --> 00:04.000\na\n\n00:01.000 --> 00:02.000\n\n\n1\n00:0x --> y\nb',
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'cue at 00:05.000: ends before it starts',
        'cue at 00:01.000: out of order',
        'cue "1": missing or malformed timing line',
      ]),
    );
    expect(parseWebVtt('WEBVTT\n').errors).toEqual(['has no cues']);
  });
});
