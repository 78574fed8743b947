// Mail providers anyone can sign up with: a shared domain there says nothing about the company.

const FREE_MAIL_DOMAINS = new Set([
  // global
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'rocketmail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'passport.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aim.com', 'mail.com', 'email.com', 'usa.com', 'gmx.com', 'gmx.net', 'zoho.com', 'zohomail.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'fastmail.com', 'hushmail.com', 'inbox.com',
  'yandex.com', 'lycos.com', 'excite.com', 'rediffmail.com', 'hey.com', 'duck.com',
  // China
  'qq.com', 'vip.qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'vip.163.com', 'vip.126.com', '188.com', 'sina.com', 'sina.cn', 'vip.sina.com',
  'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn', 'tom.com', '21cn.com', '263.net', 'china.com', 'hotmail.com.cn', 'yahoo.com.cn', 'yahoo.cn',
  'outlook.com.cn', 'live.cn', 'netease.com',
  // Russia, Ukraine, CIS
  'yandex.ru', 'ya.ru', 'yandex.ua', 'yandex.kz', 'yandex.by', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru', 'rambler.ru', 'lenta.ru', 'ro.ru',
  'ukr.net', 'i.ua', 'meta.ua', 'bigmir.net', 'mail.ua', 'mail.kz', 'tut.by',
  // Europe
  'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.fr', 'gmx.es', 'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'posteo.de', 'mailbox.org', 'online.de',
  'bluewin.ch', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'neuf.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it',
  'btinternet.com', 'sky.com', 'virginmedia.com', 'ntlworld.com', 'talktalk.net', 'blueyonder.co.uk', 'seznam.cz', 'centrum.cz', 'wp.pl', 'o2.pl', 'onet.pl',
  'interia.pl', 'op.pl', 'gazeta.pl', 'telenet.be', 'skynet.be', 'ziggo.nl', 'kpnmail.nl', 'home.nl', 'planet.nl', 'hetnet.nl', 'sapo.pt', 'abv.bg',
  'mail.bg', 'freemail.hu', 'citromail.hu', 'azet.sk', 'post.cz', 'telia.com', 'spray.se', 'online.no', 'eircom.net', 'terra.es', 'telefonica.net',
  // Türkiye, Middle East, Africa, South Asia
  'mynet.com', 'superonline.com', 'ttmail.com', 'hotmail.com.tr', 'emirates.net.ae', 'eim.ae', 'yahoo.com.eg', 'link.net', 'naver.com', 'daum.net',
  'hanmail.net', 'nate.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'nifty.com', 'biglobe.ne.jp', 'vsnl.net', 'sify.com',
  // Latin America
  // Internet providers' mailboxes, used by small firms across their region (a shared one says nothing about the company)
  'netvigator.com', 'biznetvigator.com', 'ctm.net', 'omantel.net.om', 'otenet.gr', 'idm.net.lb', 'streamyx.com', 'tm.net.my', 'aon.at', 'chello.at',
  'telkomsa.net', 'mweb.co.za', 'iafrica.com', 'cytanet.com.cy', 'vnn.vn', 'orange.jo', 'singnet.com.sg', 'pacific.net.sg', 'hinet.net', 'qatar.net.qa',
  'batelco.com.bh', 'tedata.net.eg', 'menara.ma', 'planet.tn', 'xtra.co.nz', 'bigpond.com', 'bigpond.net.au', 'optusnet.com.au', 'shaw.ca', 'rogers.com',
  'sympatico.ca', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'earthlink.net', 'telus.net', 'pldtdsl.net', 'eth.net', 'dataone.in',
  'kuwait.net', 'gulfnet.com.kw', 'superonline.net', 'mail.com.tr', 'inet.co.th', 'loxinfo.co.th', 'ksc.co.th', 'kritinet.gr', 'forthnet.gr',
  'uol.com.br', 'bol.com.br', 'terra.com.br', 'ig.com.br', 'globo.com', 'globomail.com', 'r7.com', 'prodigy.net.mx', 'speedy.com.ar', 'fibertel.com.ar',
  // More providers' mailboxes of the markets exporters sell to: Japan, Korea, Taiwan, Hong Kong, Israel, South and
  // Southeast Asia, Latin America (a small buyer there writes from its provider's domain as often as from gmail)
  'ocn.ne.jp', 'ybb.ne.jp', 'plala.or.jp', 'so-net.ne.jp', 'dion.ne.jp', 'odn.ne.jp', 'hi-ho.ne.jp', 'zaq.ne.jp', 'email.ne.jp', 'infoseek.jp',
  'excite.co.jp', 'goo.ne.jp', 'kornet.net', 'hitel.net', 'chol.com', 'empal.com', 'dreamwiz.com', 'paran.com', 'seed.net.tw', 'so-net.net.tw',
  'pchome.com.tw', 'yam.com', 'hkbn.net', 'hkbnes.net', 'i-cable.com', 'pacific.net.hk', 'hknet.com', 'ctimail.com', 'walla.co.il', 'walla.com',
  'bezeqint.net', 'netvision.net.il', '012.net.il', 'zahav.net.il', 'smile.net.il', 'brain.net.pk', 'cyber.net.pk', 'super.net.pk', 'time.net.my',
  'starhub.net.sg', 'fpt.vn', 'telkom.net', 'indosat.net.id', 'cbn.net.id', 'truemail.co.th', 'cwpanama.net', 'une.net.co', 'etb.net.co',
  'arnet.com.ar', 'vtr.net', 'entelchile.net', 'zipmail.com.br', 'fastwebnet.it', 'email.it', 'inwind.it', 'iol.it',
]);

// Providers with a domain per country (yahoo.co.uk, hotmail.fr, outlook.es, live.com.mx, gmx.at, yandex.kz…).
const FREE_MAIL_FAMILIES = /^(yahoo|ymail|hotmail|outlook|live|windowslive|msn|gmx|yandex|aol|googlemail|gmail|icloud|zoho|protonmail|mail)\.([a-z]{2,3}|com?\.[a-z]{2}|net\.[a-z]{2})$/;

/** True for a free-mail provider's domain ("gmail.com", "vip.163.com", "hotmail.co.uk", "mail.ru"), false for a company domain. */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!d) return false;
  if (FREE_MAIL_DOMAINS.has(d) || FREE_MAIL_FAMILIES.test(d)) return true;
  // Sub-domains of a provider: "vip.sina.com", "mail.qq.com".
  const parts = d.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const parent = parts.slice(i).join('.');
    if (FREE_MAIL_DOMAINS.has(parent) || FREE_MAIL_FAMILIES.test(parent)) return true;
  }
  return false;
}

const SECOND_LEVEL = new Set(['com', 'co', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'gob', 'gen', 'biz', 'ltd', 'plc', 'info', 'nom', 'in', 'go']);

/** The part of a host a company registers: "mail.brightlux.com.cn" → "brightlux.com.cn", "www.sunrise-lighting.de" → "sunrise-lighting.de". */
export function registrableDomain(host: string): string {
  const parts = host.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '').split('.').filter(Boolean);
  if (parts.length <= 2) return parts.join('.');
  const tld = parts[parts.length - 1];
  const second = parts[parts.length - 2];
  const take = tld.length === 2 && (SECOND_LEVEL.has(second) || second.length <= 2) ? 3 : 2;
  return parts.slice(-take).join('.');
}

/** The brand label of a domain: "brightlux.com.hk" → "brightlux"; the same label under two suffixes hints at one group. */
export function domainLabel(host: string): string {
  return registrableDomain(host).split('.')[0] ?? '';
}
