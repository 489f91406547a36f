import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { csharpString, csharpVerbatim, jsString, shellQuote } from '../../main/snippets/escape';
import { JsExpression, jsLiteral } from '../../main/snippets/js-literal';
import { readCsharpVerbatim } from './support';

const NASTY = [
  `it's "quoted"`,
  'two\nlines\r\nand\ttabs',
  'back\\slash $HOME `whoami` $(id) !!',
  'unicode ☃ 日本 🚀 \u2028 \u2029 \u0085',
  '',
];

describe('shellQuote', () => {
  it.each(NASTY)('gives bash back exactly %j', (text) => {
    const echoed = execFileSync('bash', ['-c', `printf '%s' ${shellQuote(text)}`], {
      encoding: 'utf8',
    });
    expect(echoed).toBe(text);
  });
});

describe('jsString and jsLiteral', () => {
  it.each(NASTY)('round-trips %j through JavaScript', (text) => {
    expect(new Function(`return ${jsString(text)};`)()).toBe(text);
  });

  it('writes objects as Prettier would, with keys quoted only when needed', () => {
    const value = { ID: 'x', 'xp.Color': 'red', list: [1, 'a'], nested: { deep: [{ a: null }] } };
    expect(jsLiteral(value)).toBe(
      [
        '{',
        '  ID: "x",',
        '  "xp.Color": "red",',
        '  list: [1, "a"],',
        '  nested: {',
        '    deep: [',
        '      {',
        '        a: null,',
        '      },',
        '    ],',
        '  },',
        '}',
      ].join('\n'),
    );
    expect(new Function(`return ${jsLiteral(value)};`)()).toEqual(value);
  });

  it('keeps a __proto__ key as a property', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true}}') as object;
    const rebuilt = new Function(`return ${jsLiteral(value)};`)() as object;
    expect(Object.keys(rebuilt)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
  });

  it('places expressions as they are, indented', () => {
    expect(jsLiteral({ body: new JsExpression('f({\n  a: 1,\n})') })).toBe(
      '{\n  body: f({\n    a: 1,\n  }),\n}',
    );
  });
});

describe('csharpString', () => {
  it('escapes quotes, backslashes, control characters and C# line breaks', () => {
    expect(csharpString('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(csharpString('a\nb\r\tc\u0000')).toBe('"a\\nb\\r\\tc\\u0000"');
    expect(csharpString('\u2028\u2029\u0085')).toBe('"\\u2028\\u2029\\u0085"');
    expect(csharpString('ok ☃ 🚀')).toBe('"ok ☃ 🚀"');
    expect(csharpString('lone \uD800 half')).toBe('"lone \\uD800 half"');
  });

  it('leaves no raw line break inside the literal', () => {
    for (const text of NASTY) expect(csharpString(text)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
  });
});

describe('csharpVerbatim', () => {
  it.each(NASTY)('round-trips %j', (text) => {
    expect(readCsharpVerbatim(csharpVerbatim(text))).toBe(text);
  });

  it('doubles quotes and nothing else', () => {
    expect(csharpVerbatim('{"a": "b\\n"}')).toBe('@"{""a"": ""b\\n""}"');
  });
});
