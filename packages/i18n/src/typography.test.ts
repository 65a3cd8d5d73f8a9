import { describe, expect, it } from 'vitest';
import { textRuns } from './format.js';
import { frenchTypographyIssues, typographyIssues } from './typography.js';

const N = '\u202f';

describe('textRuns', () => {
  it('gives the text of a message and of each case, with placeholders stood in for', () => {
    expect(textRuns(`Erreur${N}: {detail}`)).toEqual([`Erreur${N}: \uFFFC`]);
    expect(
      textRuns(
        '{n, plural, one {# lien} other {# liens}} sur {total, number}{k, select, a { : x} other {.}}',
      ),
    ).toEqual(['\uFFFC lien', '\uFFFC liens', ' : x', '.', '\uFFFC sur \uFFFC\uFFFC']);
  });
});

describe('frenchTypographyIssues', () => {
  it('accepts U+202F before ; : ? ! » and after «', () => {
    expect(
      frenchTypographyIssues(
        `Pays${N}: {country}${N}; cible${N}? oui${N}! «${N}{label}${N}» {n, plural, one {# lien${N}:} other {# liens${N}:}}`,
      ),
    ).toEqual([]);
  });

  it('finds an ordinary space, a no-break space or no space before the marks', () => {
    expect(frenchTypographyIssues('Erreur : {detail}')).toEqual([
      'U+0020 before ":" in "Erreur : {…}"',
    ]);
    expect(frenchTypographyIssues('Vraiment\u00a0?')).toEqual([
      'U+00A0 before "?" in "Vraiment\u00a0?"',
    ]);
    expect(frenchTypographyIssues('Erreur:')).toEqual(['U+0072 before ":" in "Erreur:"']);
    expect(frenchTypographyIssues('{name}: {value}')).toEqual([
      'a placeholder before ":" in "{…}: {…}"',
    ]);
    expect(frenchTypographyIssues(`« {label}${N}»`)).toEqual(['U+0020 after "«" in "« {…}⍽»"']);
  });

  it('looks inside plural and select cases, not at the ICU syntax', () => {
    expect(frenchTypographyIssues('ici{p, select, id { : un identifiant} other {.}}')).toEqual([
      'U+0020 before ":" in " : un identif"',
    ]);
    expect(frenchTypographyIssues('{count, plural, one {# problème} other {# problèmes}}')).toEqual(
      [],
    );
  });

  it('finds straight apostrophes and doubled spaces', () => {
    expect(frenchTypographyIssues("l'action")).toEqual([`a straight apostrophe in "l'action"`]);
    expect(frenchTypographyIssues(`Note ${N}: x`)).toEqual([
      'another space beside U+202F in "Note ⍽: x"',
    ]);
  });

  it('leaves web addresses and times alone', () => {
    expect(
      frenchTypographyIssues(`Par exemple${N}: https://example.org, « 2026-03-25T09:30:00Z »`),
    ).toEqual([
      'U+0020 after "«" in "xample.org, « 2026-03-25"',
      'U+0020 before "»" in "5T09:30:00Z »"',
    ]);
    expect(frenchTypographyIssues(`«${N}https://example.org/a${N}»`)).toEqual([]);
  });
});

describe('typographyIssues', () => {
  it('checks French as frenchTypographyIssues does', () => {
    expect(typographyIssues('fr-CA', 'Erreur : {detail}')).toEqual(
      frenchTypographyIssues('Erreur : {detail}'),
    );
  });

  it('wants full-width punctuation in Chinese, with no space beside it', () => {
    expect(typographyIssues('zh-Hans', '已保存。下一步：{step}')).toEqual([]);
    expect(typographyIssues('zh-Hans', '打开 https://example.org:8080')).toEqual([]);
    expect(typographyIssues('zh-Hans', '已保存 。')).toEqual([
      'a space before "。" in "已保存 。"',
    ]);
    expect(typographyIssues('zh', '错误: {detail}')).toEqual([
      'a half-width ":" after Chinese text in "错误: {…}"',
    ]);
  });

  it('wants ¿ and ¡ in Spanish, and no space before punctuation', () => {
    expect(typographyIssues('es', '¿Desea continuar? ¡Listo!')).toEqual([]);
    expect(typographyIssues('es-MX', 'Desea continuar?')).toEqual([
      '0 "¿" for 1 "?" in "Desea continuar?"',
    ]);
    expect(typographyIssues('es', '¡Hecho !')).toEqual(['a space before "!" in "¡Hecho !"']);
  });

  it('wants « » quotes in Russian', () => {
    expect(typographyIssues('ru', 'Раздел «{name}» сохранен.')).toEqual([]);
    expect(typographyIssues('ru', 'Раздел "{name}"')).toEqual([
      'a straight quote (Russian uses « ») in "Раздел "{…}""',
    ]);
  });

  it('wants ، ؛ ؟ after Arabic text, and lets Latin text keep its own', () => {
    expect(typographyIssues('ar', 'هل تريد المتابعة؟ نعم، الآن.')).toEqual([]);
    expect(typographyIssues('ar', 'EMIS, LMS')).toEqual([]);
    expect(typographyIssues('ar', 'هل تريد المتابعة?')).toEqual([
      '"?" after Arabic text (Arabic writes "؟") in "ريد المتابعة?"',
    ]);
  });

  it('looks at the text of every plural and select case, not at the ICU syntax', () => {
    expect(
      typographyIssues('es', '{count, plural, one {# pregunta?} other {¿# preguntas?}}'),
    ).toEqual(['0 "¿" for 1 "?" in "{…} pregunta?"']);
    expect(typographyIssues('de', 'Fehler : x')).toEqual([]);
  });
});

describe('typographyIssues, marks that start a word', () => {
  it('are not punctuation after a space: a file extension, a decimal', () => {
    expect(typographyIssues('es', 'Un archivo (.dtc.json o .json)')).toEqual([]);
    expect(typographyIssues('ru', 'Файл .json')).toEqual([]);
  });
});
