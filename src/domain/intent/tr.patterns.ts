import type { PatternTable } from './pattern-table';

const r = String.raw;

// Turkish; dotless ı / ş / ğ optional (typed on foreign keyboards as i / s / g).
export const tr: PatternTable = {
  greeting: r`
    ^\s*(merhaba\w*|selam(?!at)\w*|slm|mrb|sayın|g[uü]nayd[iı]n)\b
    \b(iyi (g[uü]nler|ak[sş]amlar|[cç]al[iı][sş]malar)|nas[iı]ls[iı]n[iı]z|hay[iı]rl[iı] i[sş]ler)\b
  `,
  thanks: r`
    \b(te[sş]ekk[uü]r\w*|sa[gğ]ol\w*|eyvallah)\b
  `,
  price_inquiry: r`
    \bfiyat\w*\s*\?|\bfiyat\w* (nedir|ne kadar|nedir|alabilir|verir|g[oö]nder|laz[iı]m|[oö][gğ]ren)\w*
    \bka[cç] (para|lira|dolar|tl|euro)\b
    ~(?<!(s[uü]resi|zaman[iı]|tarihi|[uü]creti|bedeli) )\bne kadar\b(?! (s[uü]r|zaman))
    ~\bfiyat\w*\b
    ~\bteklif\w*\b|\b[uü]cret\w*\b|\bmaliyet\w*\b
  `,
  quote_revision: r`
    \b(teklif|proforma|pi|fatura)\w*\b.{0,25}\b(revize|g[uü]ncelle|de[gğ]i[sş]tir|d[uü]zelt|yenile)\w*\b
    \b(revize|g[uü]ncel|yeni|d[uü]zeltilmi[sş]) (teklif|proforma|fatura|pi)\w*\b
    \bteklif\w*\b.{0,25}\b(revize|guncelle\w*|yeniden)\b
    # a line taken out of the quote ("bu kalemi tekliften çıkarın"), a credit off the next proforma ("sonraki proformadan düşün")
    \b(teklif|proforma|fiyat teklif)\w*\b.{0,10}\b(cikar|sil|kaldir)\w*
    \bsonraki (proforma|pi)\w*\b.{0,10}\b(dus|indir)\w*
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bhala (cok )?(pahali|yuksek)\b
    ~\b(daha )?ucuz\w*\b
    \b(indirim\w*|iskonto)\b|\b(son|en iyi|en d[uü][sş][uü]k|net) fiyat\w*\b(?!\s*\?)
    \bpahal[iı]\w*\b|\bfiyat\w* (d[uü][sş]|indir|y[uü]ksek)\w*\b|\bpazarl[iı]k\w*\b|\bhedef fiyat\w*\b
  `,
  competitor_mention: r`
    \b(ba[sş]ka|di[gğ]er) (tedarik[cç]i|firma|fabrika|sat[iı]c[iı]|[uü]retici)\w*\b|\brakip\w*\b|\brakib\w*\b
  `,
  moq: r`
    \b(minimum|en az|asgari) (sipari[sş]|adet|miktar)\w*\b|\bdeneme sipari[sş]\w*\b
  `,
  sample_request: r`
    \bnumune\w*\b|\b[oö]rnek (\w+ )?(g[oö]nder|istiyoruz|alabilir|laz[iı]m|var m[iı]|[uü]r[uü]n)\w*\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b\d{1,2}'?(ine|una|ina|une|sine|sina|ne|na|e|a)? kadar\b
    \b(teslim|[uü]retim|teslimat|sevkiyat) (s[uü]resi|zaman[iı]|tarihi)\w*\b
    \bne zaman (haz[iı]r|teslim|g[oö]nder|gelir|[cç][iı]kar|biter|yeti[sş]ir|y[uü]kle)\w*\b
    \bka[cç] g[uü]n\w*\b|\bhaz[iı]r m[iı]\b
    ~\bstok(ta|lu|unuz|unuzda)\w*\b
    \b(sevkiyat|sevk|yukleme|gonderim)( tarihi)? ne zaman\b
    \bne zaman [cç][iı]k(acak|ar|iyor|ıyor|ar m[iı])\w*
  `,
  shipping_cost: r`
    \b(kargo|nakliye|navlun|g[oö]nderim|ta[sş][iı]ma)\w* (\w+ )?([uü]cret|fiyat|bedel|masraf)\w*\b
  `,
  sample_cost: r`
    \bnumune\w* (\w+ )?([uü]cret|fiyat|bedel|para)\w*\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(deniz|hava) (yoluyla |yolu )?mi\b.{0,30}\b(deniz|hava) (yoluyla |yolu )?mi\b
    \b(navlun|nakliye)\w*\b
    ~\bg[uü]mr[uü]k\w*\b
    ~\b(kargo|sevkiyat|g[oö]nderim|ta[sş][iı]ma)\w*\b
    \b(deniz|hava|kara) (yolu|yoluyla|ta[sş][iı]mac[iı]l[iı][gğ][iı])\w*\b|\bliman\w*\b
    ~\bkonteyner\w*\b
    # their own forwarder named (\"forwarderımız yok\"): the carriage is the question
    \bforwarder\w*|\bspeditor\w*
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(y[uü]kleme|sevkiyat|g[oö]nderim)\w*\b.{0,20}\b(durdurun|erteleyin|bekletin)\b
    \b\w+'(e|a|ye|ya) g[oö]ndermeyin\b
  `,
  payment_terms: r`
    \b[oö]deme (ko[sş]ul|[sş]ekl|y[oö]ntem|[sş]art)\w*\b|\b(pe[sş]inat|[oö]n [oö]deme|kapora|havale|eft|akreditif|kredi kart[iı])\b
    ~\b[oö]deme\w*\b
  `,
  payment_extension: r`
    \bvade\w*\b|\btaksit\w*\b|\b[oö]deme\w* (sonra|ertele|gecik|taksit)\w*\b
    \b(30|60|90) g[uü]n (vade|sonra)\w*\b|\bsonra (\w+ )?(ödesek|[oö]deyelim|[oö]deriz|[oö]deme)\w*\b|\berteleme\b
    \b\d+ gun vade\w*|\bvade\w*\b|\b\d+ gun sonra ode\w*
  `,
  order_confirmation: r`
    \bsipari[sş]\w* (onay|ver|veriyoruz|verelim|ge[cç]iyoruz|kesinle[sş]tir)\w*\b|\bonayl[iı]yoruz\b|\bonaylad[iı]k\b
    \b(al[iı]yoruz|alaca[gğ][iı]z)\b|\b[uü]retime (ba[sş]la|ge[cç])(?!madan|meden|\w* m[iıuü]\b)\w*\b|\bsat[iı]n alma sipari[sş]\w*\b
    \bgeris[iı] (onayl[iı]|onaylad[iı]k|tamam)\b
    # an order promised today on a condition the buyer sets ("45 günde teslim ederseniz bugün onay veriyorum")
    \bbug[uü]n (onay veriyorum|onayl[iı]yorum|sipari[sş] veriyorum)\b
  `,
  order_split: r`
    # ("bölüm" is a department, "bölge" a region, "bol" plenty)
    @\b(b[oö]l(?!um|üm|ge|\b)|ay[iı]r)\w*\b
    \b(b[oö]lebilir|b[oö]lelim|b[oö]l[uü]n|ay[iı]rabilir|ay[iı]ral[iı]m)\w*\b
    \b(iki|2|[uü][cç]|3|birka[cç]) (sevkiyat|g[oö]nderi|parti|fatura)\w*\b|\bk[iı]smi (sevkiyat|teslimat|y[uü]kleme)\b
    # "yarısını şimdi, kalanını gelecek ay": half now, the rest later
    \b(yar[iı]s[iı]n[iı]|bir k[iı]sm[iı]n[iı]|\d+ ?(adet|tane|%)?\S*) (şimdi|hemen)\b.{0,20}\b(geri )?kalan[iı]n[iı]?\b
    \b\d+ ?(adet|tane|koli|konteyner)? (şimdi|hemen)\b,? (ve )?\d+ ?(adet|tane|koli|konteyner)? (gelecek|sonra|ertesi|haftaya|önümüzdeki)\b
  `,
  complaint: r`
    \b(hasar\w*|k[iı]r[iı]k\w*|bozuk\w*|defo\w*|kusur(?!a bak)\w*|eksik\w*)\b|\b(k[oö]t[uü]|kalitesiz|d[uü][sş][uü]k kalite)\w*\b
    \b([sş]ikayet\w*|iade\w*|gecik\w*)\b|\b(hala|h[aâ]l[aâ]|hen[uü]z) (gelmedi|ula[sş]mad[iı]|teslim edilmedi)\b|\byanl[iı][sş]\w*\b|\b[cç]al[iı][sş]m[iı]yor\b
    \b(hala|hâlâ|henuz|henüz) (gonderilmedi|gelmedi|ulasmadi|teslim edilmedi|yuklenmedi|kargoya verilmedi)\b
    \b(ezik|ezilmis|ezilmiş|islak|yirtik|hasarl\w*|kirik|kırık|bozuk)\b|\byanl[iı]s (renk|beden|urun|ürün|model|miktar)\b|\beksik (geldi|gonderdiniz|gönderdiniz|urun|ürün)\b|\bgecik\w*
    # scratches, cracks, leaks, lights that stay off ("çizilmez", "sızdırmaz" are specs, not defects)
    \bcizik\w*\b|\bcizilmis\w*\b|\bcatlak\w*\b|\bcatlamis\w*\b|\b(sizdiriyor|sizdirmis|sizinti)\w*\b|\b(yanmiyor|yanmıyor|acilmiyor|açılmıyor)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(iletiyorum|ilettim|iletiyoruz|musteri(miz|m)(den|in) (gelen )?(mail|mesaj|e-posta)\w*)\b.{0,200}\b(degisim|degistir\w*|iade|sarj olmuyor|calismiyor|su kacir\w*|ne yapacaksiniz|cozeceksiniz)\b
    \bdegisim (talep|istiyor|istiyoruz|rica)\w*\b|\bdegistirilmesini\b|\bsarj (olmuyor|olmuyorlar|etmiyor|tutmuyor)\b|\bsu (kaciriyor|sizdiriyor)\b|\b(sogutmuyor|isitmiyor)\b
    \bnasil cozeceksiniz\b|\bbu konuda ne yapacaksiniz\b|\bcozum (bekliyoruz|istiyoruz)\b
    \bsoz (verdiniz|vermistiniz)\b.{0,60}\b(hala|henuz|hicbir|yok)\b|\b(hala|henuz) (hicbir sey|hic bir sey|bir sey) (gonderilmedi|yuklenmedi|gelmedi|cikmadi)\b
    \bsallaniyor\b|\b(boyasi|boya) (dokuluyor|kalkiyor|soyuluyor)\b|\b(soluyor|soldu|titriyor)\b|\begilmis\b|\bbukulmus\b
    \b(ayni degil|uyusmuyor|uymuyor|tutmuyor)\b|\bkalite (dustu|kotulesti|bozuldu)\b
    \bkabul edilemez\b|\b\w+ (aydir|haftadir) bekli\w*\b|\bdikisler (aciliyor|acildi|sokuluyor)\b|\b(kotu|agir) koku\b
    \b(sikisiyor|sikisti|takiliyor|kapanmiyor|kapanmiyorlar)\b
    # the goods unlike the sample or the photos
    \b(numune|foto\w*|resim\w*)(den|dan|ye|ya|yle|la|le)? (cok |tamamen )?(farkl[iı]|uymuyor|tutmuyor)\b
    \b(renk|ton|logo)\w*\b.{0,20}\b(farkl[iı]|yanl[iı][sş]|tutmuyor|uymuyor)\b
    # a fault laid at the supplier's door ("bunu kontrol etmeniz gerekiyordu", "böyle olmaz")
    \b(kontrol etmeniz|dikkat etmeniz|bildirmeniz) gerekiyordu\b|\bb[oö]yle (olmaz|i[sş] olmaz)\b
  `,
  customization: r`
    \b([oö]zel|ki[sş]iye [oö]zel) (\w+ )?([uü]retim|tasar[iı]m|bask[iı]|logo|renk)\w*\b|\blogo\w*\b|\b(kendi|bizim) (markam|logom|marka)\w*\b
    \b(bask[iı]\w*|logomuz\w*|basabilir)\b
    ~\b(boyut\w*|[oö]l[cç][uü]\w*|ebat\w*|ambalaj\w*|tasar[iı]m\w*)\b
    ~\brenk\w*\b
  `,
  certification: r`
    \bsertifika\w*\b|\b(test|analiz) rapor\w*\b|\btse\b
    ~\bbelge\w*\b
  `,
  catalog_request: r`
    \bkatalog\w*\b|\bfiyat listesi\b|\b[uü]r[uü]n listesi\b|\bbro[sş][uü]r\w*\b
    \bteknik (f[oö]y|sartname|şartname|veri|[cç]izim)\w*
  `,
  opt_out: r`
    \b(yazmay[iı]n|aramay[iı]n|rahats[iı]z etmeyin)\b
    \b(mesaj|bildirim) (atmay[iı]n|g[oö]ndermeyin)\b|\bilgilenmiyor\w*\b|\b(listeden|listenizden) [cç][iı]kar\w*\b
  `,
};
