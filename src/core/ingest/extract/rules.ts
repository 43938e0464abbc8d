/**
 * The extractor's knowledge as data: keyword lists in several languages, generic first.
 *
 * Nothing here names a particular page. Phrases are matched case-insensitively against whole
 * lines (or line starts) by `boilerplate.ts`, `byline.ts` and `comments.ts`. To teach the
 * extractor a new language or a new kind of page furniture, add words here, not code.
 * Outlet-specific knowledge, if it is ever needed, goes to `OUTLET_RULES` at the end, as data.
 */

/** Boilerplate labels with the phrases that mark a line as such (substring, lowercase). */
export const BOILERPLATE_PHRASES: Record<string, readonly string[]> = {
  'skip-link': [
    'zum hauptinhalt', 'zum inhalt springen', 'skip to main content', 'skip to content',
    'skip to navigation', 'aller au contenu', 'saltar al contenido', 'ir para o conteúdo',
    'vai al contenuto', 'перейти к содержанию', 'přejít k obsahu', 'jump to navigation',
    'direkt zum inhalt', 'skip navigation',
  ],
  consent: [
    'empfohlener redaktioneller inhalt', 'externer inhalt', 'externen inhalt', 'einverstanden, dass',
    'datenschutz-einstellungen', 'datenschutzerklärung', 'cookie', 'we use cookies',
    'accept all', 'alle akzeptieren', 'zustimmen und weiter', 'privacy policy', 'privacy settings',
    'personenbezogene daten', 'consent', 'tracking', 'nous utilisons des cookies',
    'utilizamos cookies', 'usamos cookies', 'utilizziamo i cookie', 'drittplattformen',
    'third-party content', 'third party content', 'inhalt anzeigen', 'inhalte von drittanbietern',
  ],
  donation: [
    'spendenfinanziert', 'bitten um unterstützung', 'jetzt spenden', 'unterstützen sie uns',
    'support our journalism', 'donate now', 'make a donation', 'become a patron', 'patreon',
    'faire un don', 'soutenez-nous', 'haz una donación', 'apoie o nosso', 'fai una donazione',
    'support us', 'unterstütze uns',
  ],
  follow: [
    'folge uns', 'folgen sie uns', 'follow us', 'abonniere unseren newsletter',
    'newsletter abonnieren', 'subscribe to our newsletter', 'sign up for our newsletter',
    'auf telegram', 'on telegram', 'suivez-nous', 'síguenos', 'siga-nos', 'seguici',
    'подписывайтесь', 'sledujte nás', 'jetzt abonnieren', 'subscribe now',
  ],
  share: [
    'share this', 'share on facebook', 'share on twitter', 'share on reddit', 'teilen auf',
    'auf facebook teilen', 'per e-mail teilen', 'artikel teilen', 'partager', 'compartir',
    'compartilhar', 'condividi', 'поделиться', 'sdílet', 'tweet', 'pin it', 'email this',
    'print this', 'whatsapp', 'link kopieren', 'copy link',
  ],
  'comment-rules': [
    'regeln für kommentare', 'kommentarregeln', 'netiquette', 'community guidelines',
    'comment policy', 'commenting policy', 'leave a reply', 'leave a comment',
    'kommentar verfassen', 'kommentar schreiben', 'ihre e-mail-adresse wird nicht veröffentlicht',
    'your email address will not be published', 'required fields are marked', 'laisser un commentaire',
    'deja un comentario', 'deixe um comentário', 'lascia un commento', 'sign up to comment',
    'join the discussion', 'log in to comment', 'to post comments', 'conversation',
  ],
  'comments-header': [],
  navigation: [
    'zur startseite', 'startseite', 'back to top', 'nach oben', 'home page', 'homepage',
    'previous article', 'next article', 'vorheriger artikel', 'nächster artikel', 'weiterlesen',
    'read more', 'mehr zum thema', 'more stories', 'menu', 'menü', 'search', 'suche',
    'retour en haut', 'volver arriba', 'voltar ao topo', 'torna su', 'наверх', 'zpět nahoru',
  ],
  related: [
    'aktuelle beiträge', 'ähnliche beiträge', 'verwandte artikel', 'das könnte sie auch interessieren',
    'related articles', 'related stories', 'you may also like', 'you might also like',
    'recommended for you', 'most popular', 'most read', 'meistgelesen', 'lire aussi', 'à lire aussi',
    'sur le même sujet', 'te puede interesar', 'leia também', 'leggi anche', 'читайте также',
    'související články', 'more from', 'trending', 'популярное', 'mehr artikel',
  ],
  footer: [
    'alle rechte vorbehalten', 'all rights reserved', 'impressum', 'terms of use', 'terms of service',
    'nutzungsbedingungen', 'kontakt', 'contact us', 'about us', 'über uns', 'mentions légales',
    'tous droits réservés', 'todos los derechos reservados', 'todos os direitos reservados',
    'tutti i diritti riservati', 'все права защищены', 'všechna práva vyhrazena', 'sitemap',
    'advertise', 'werbung', 'anzeige', 'advertisement', 'publicité', 'publicidad', 'pubblicità',
    'реклама', 'reklama',
  ],
  paywall: [
    'jetzt abonnieren', 'abo abschließen', 'subscribe to continue', 'already a subscriber',
    'bereits abonnent', 'déjà abonné', 'ya eres suscriptor', 'log in', 'sign in', 'anmelden',
    'registrieren', 'se connecter', 'iniciar sesión', 'entrar',
  ],
};

/**
 * Phrases reliable on their own: a line that contains one is boilerplate even when it is long
 * (a consent notice is a paragraph). `BOILERPLATE_PHRASES` only mark short lines, because a
 * word such as "cookie" or "search" may well stand in an article sentence.
 */
export const STRONG_PHRASES: Record<string, readonly string[]> = {
  share: ['click to share', 'opens in new window', 'click to email this', 'in neuem fenster öffnen'],
  'skip-link': ['zum hauptinhalt', 'skip to main content', 'skip to content', 'aller au contenu'],
  consent: [
    'empfohlener redaktioneller inhalt', 'ich bin damit einverstanden, dass mir',
    'externen inhalt mit einem klick', 'datenschutz-einstellungen', 'we use cookies',
    'this site uses cookies', 'this website uses cookies', 'diese website verwendet cookies',
    'wir verwenden cookies', 'nous utilisons des cookies', 'utilizamos cookies',
    'utilizziamo i cookie', 'an drittplattformen übermittelt', 'by continuing to use this site',
    'by using this site, you agree', 'your consent', 'ihre einwilligung', 'ihre zustimmung',
  ],
  donation: [
    'spendenfinanziert', 'bitten um unterstützung', 'support our journalism', 'please donate',
    'unterstützen sie unabhängigen journalismus', 'become a patron', 'faire un don',
  ],
  'comment-rules': [
    'regeln für kommentare', 'kommentarregeln', 'your email address will not be published',
    'ihre e-mail-adresse wird nicht veröffentlicht', 'required fields are marked',
    'votre adresse e-mail ne sera pas publiée', 'tu dirección de correo electrónico no será publicada',
    'o seu endereço de email não será publicado', 'il tuo indirizzo email non sarà pubblicato',
    'sign up or login to join the discussions', 'comments are closed', 'kommentare sind geschlossen',
  ],
};

/** Words that head a reader-comment section (`20 Kommentare`, `13 comments`, `Comments`). */
export const COMMENT_WORDS: readonly string[] = [
  'kommentare', 'kommentar', 'comments', 'comment', 'responses', 'replies', 'reactions',
  'commentaires', 'commentaire', 'comentarios', 'comentários', 'commenti', 'комментарии',
  'комментариев', 'комментария', 'komentáře', 'komentářů', 'reacties', 'leserkommentare',
  'thoughts on', 'réactions', 'lesermeinungen', 'diskussion', 'discussion',
];

/** Reply-link labels that end a comment header line (`- Antworten`, `Reply`, `Répondre`). */
export const REPLY_WORDS: readonly string[] = [
  'antworten', 'reply', 'répondre', 'responder', 'rispondi', 'ответить', 'odpovědět',
  'beantworten', 'melden', 'report', 'permalink', 'quote', 'zitieren', 'says', 'sagt',
  'schreibt', 'wrote', 'dit', 'dice', 'disse', 'пишет',
];

/** Labels that introduce an author (`von`, `by`, `par`…), lowercase, without colon. */
export const BYLINE_PREFIXES: readonly string[] = [
  'von', 'by', 'par', 'por', 'di', 'da', 'de', 'av', 'door', 'autor', 'autorin', 'author',
  'text', 'texte', 'texto', 'testo', 'written by', 'geschrieben von', 'автор', 'текст', 'napsal',
  'napsala', 'redakteur', 'reporter', 'posted by', 'publié par', 'escrito por', 'scritto da',
];

/** Words that label a date line (`Stand:`, `Updated`, `Mis à jour le`). */
export const DATE_LABELS: readonly string[] = [
  'stand', 'aktualisiert', 'veröffentlicht', 'erstellt', 'published', 'updated', 'posted',
  'last updated', 'publié', 'mis à jour', 'publicado', 'actualizado', 'atualizado', 'pubblicato',
  'aggiornato', 'опубликовано', 'обновлено', 'aktualizováno', 'publikováno', 'datum', 'date',
  'am', 'on',
];

/** Words that say a line states when the text was published (`Veröffentlicht am`, `Posted on`, `Dieser Eintrag wurde veröffentlicht … am`). */
export const PUBLISHED_LABELS: readonly string[] = [
  'veröffentlicht', 'publiziert', 'erschienen', 'verfasst', 'geschrieben', 'gepostet', 'published', 'posted', 'written',
  'publié', 'publiée', 'publicado', 'publicada', 'pubblicato', 'opublikowano', 'опубликовано', 'publikováno', 'gepubliceerd',
];

/** Words before a publication label that make it another copy's (`Originally published at …`). */
export const REPUBLISHED_LABELS: readonly string[] = ['originally', 'first', 'ursprünglich', 'zuerst', 'erstmals', 'initialement', 'originalmente', 'originariamente'];

/** Date labels that mean a later revision rather than the first publication. */
export const UPDATE_LABELS: readonly string[] = [
  'aktualisiert', 'aktualisierung', 'updated', 'last updated', 'mis à jour', 'actualizado', 'atualizado',
  'aggiornato', 'обновлено', 'aktualizováno', 'geändert', 'modified',
];

/** Labels of a line that names the source (`Quelle: ntv.de, ghö`). */
export const SOURCE_LABELS: readonly string[] = ['quelle', 'source', 'fuente', 'fonte', 'источник', 'zdroj'];

/** Verbs of a "follow us on …" appeal, whose object is the outlet (`Folge TKP auf Telegram`). */
export const FOLLOW_VERBS: readonly string[] = [
  'folge', 'folgt', 'follow', 'suivez', 'sigue', 'siga', 'segui', 'seguite',
];

/** Prepositions after the outlet in a follow appeal (`… auf Telegram`, `… on X`). */
export const FOLLOW_PREPS: readonly string[] = ['auf', 'on', 'sur', 'en', 'em', 'su', 'bei'];

/** Words inside a credit to agencies (`(mit Reuters, dpa)`), lowercase. */
export const CREDIT_PREFIXES: readonly string[] = ['mit', 'with', 'avec', 'con', 'com', 'met', 'с'];

/** News agencies, for credits such as `(dpa)` or `(AFP/Reuters)`; matched case-insensitively. */
export const AGENCIES: readonly string[] = [
  'dpa', 'afp', 'ap', 'reuters', 'apa', 'kna', 'epd', 'sid', 'ddp', 'dts', 'efe', 'ansa',
  'ats', 'sda', 'tass', 'ria', 'čtk', 'pap', 'bloomberg', 'upi', 'belga', 'anp', 'lusa',
];

/** Photo-credit markers that can end or stand as a line (`(Foto: …)`, `© …`, `(Archivbild)`). */
export const PHOTO_WORDS: readonly string[] = [
  'foto', 'fotos', 'bild', 'photo', 'photos', 'image', 'picture', 'credit', 'quelle', 'getty',
  'imago', 'archivbild', 'symbolbild', 'archiv', 'illustration', 'grafik', 'фото', 'foto:',
  'crédit', 'crédito', 'photograph', 'bildquelle',
];

/** Section names that may stand alone as the first line (`Politik`). Only a hint, not required. */
export const SECTION_WORDS: readonly string[] = [
  'politik', 'wirtschaft', 'kultur', 'sport', 'panorama', 'wissen', 'wissenschaft', 'inland',
  'ausland', 'international', 'meinung', 'gesellschaft', 'digital', 'technik', 'politics',
  'business', 'world', 'opinion', 'culture', 'science', 'technology', 'tech', 'health', 'news',
  'politique', 'économie', 'monde', 'política', 'economía', 'economia', 'politica', 'cultura',
];

/**
 * Outlet-specific rules, as data. Empty on purpose: the generic rules above cover the pages
 * seen so far. An entry would name a host or site and extra phrases for one label.
 */
export const OUTLET_RULES: readonly { site: string; label: string; phrases: readonly string[] }[] = [];
