import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../src/core/text/lang';

describe('detectLang', () => {
  it('tells the languages apart', () => {
    expect(detectLang('Die Regierung hat am Montag beschlossen, dass die Steuern nicht steigen werden.')).toBe('de');
    expect(detectLang('The government decided on Monday that taxes will not rise this year.')).toBe('en');
    expect(detectLang('Le gouvernement a décidé lundi que les impôts ne seront pas augmentés.')).toBe('fr');
    expect(detectLang('El gobierno decidió el lunes que los impuestos no van a subir este año.')).toBe('es');
    expect(detectLang('O governo decidiu na segunda-feira que os impostos não vão subir.')).toBe('pt');
    expect(detectLang('Il governo ha deciso lunedì che le tasse non aumenteranno per questo anno.')).toBe('it');
    expect(detectLang('Vláda v pondělí rozhodla, že se daně nebudou zvyšovat a je to tak.')).toBe('cs');
    expect(detectLang('Правительство в понедельник решило, что налоги не будут повышены в этом году.')).toBe('ru');
    expect(detectLang('宇航员在太空中喝酒会怎么样？后果很严重')).toBe('zh');
    expect(detectLang('トレンドマイクロ、公衆無線LANを安全に使うためのアプリ')).toBe('ja');
    expect(detectLang('엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유')).toBe('ko');
  });
  it('says unknown rather than a neighbour language, and knows Polish, Swedish and Ukrainian', () => {
    expect(detectLang('Rząd zdecydował w poniedziałek, że podatki nie wzrosną w tym roku, ale to nie jest koniec.')).toBe('pl');
    expect(detectLang('Regeringen beslutade på måndagen att skatterna inte ska höjas i år och det är klart.')).toBe('sv');
    expect(detectLang('Уряд у понеділок вирішив, що податки не будуть підвищені цього року.')).toBe('uk');
    expect(detectLang('Hökümət bazar ertəsi vergilərin bu il artırılmayacağını qərara aldı və bildirdi.')).toBeNull();
    expect(detectLang('Hallitus päätti maanantaina, että veroja ei koroteta tänä vuonna lainkaan.')).toBeNull();
  });
  it('returns null for too little text', () => {
    expect(detectLang('OK')).toBeNull();
    expect(detectLang('')).toBeNull();
  });
});
