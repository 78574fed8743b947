import type { LanguageCode } from './languages';

// Short-message vocabulary per Latin-script language: greetings, function words and trade words buyers
// actually type. A data table: add words here, not ifs. Accented forms are listed; unaccented spellings
// ("cotizacion", "preco", "tesekkurler") match the folded form at a lower weight automatically.
export const LATIN_VOCABULARY: Partial<Record<LanguageCode, string>> = {
  en: `came crushed smashed unsubscribe unsuscribe unsub remove spam stop messaging texting contacting anymore list mailing see attached photo photos pic pics picture pictures file check looking interested item items model models unit units piece box carton cartons container containers details info information asap thank-you reply answer question questions hope well dear, regarding attached sent send? want? okay? noted, kindly, certifcate certificat qoutation quatation quotaion catalouge catlog smaple sampel dicount discout pirce prcie shipment? payement recieved recieve tommorow wich
    hi hello hey hiya dear thanks thank thx tks pls plz please kindly price prices pricing quote quotation quoted how much
    what whats what's is are the your our we you i i'm i'd we're can could would need want sample samples shipping shipment delivery
    order ordering payment pay discount best better cheaper cheap expensive catalog catalogue brochure available stock do does did
    have has send me my good morning afternoon evening regards sir madam friend product products quantity when lead time days
    weeks about any for with and or of to on this that these those yes sorry noted received waiting update cost costs freight
    invoice still interested unsubscribe stop more less pieces many which where ready ship goods factory supplier customer sure
    fine great nice buy purchase revert asap urgent too please confirm confirmed go ahead proceed terms deposit balance
    split shipments delay delayed damaged broken missing wrong quality certificate certificates report reports test logo colour
    color customize customized packaging box list minimum offer offers competitor another other others cheaper lower reduce
    again revise revised new just also only will should must let know tell us it its be been was were there they them their
    if so no not don't doesn't didn't won't it's get got give take make made by from at up out all some one two three first
    week month today tomorrow soon now already yet thanks! regards, mate guys team shipping? bro`,
  es: `aéreo aérea marítimo marítima de mi vez lugar deja mandarme eliminen número dejen enviarme mandarme bórrenme borrenme sácame sacame lista difusión difusion baja escriban contacten molesten aplastadas no me te se lo mi tu nos ya más interesa manden mensajes escriban mande quiero en stock minimo mínimo necesitamos tenemos quiero? llegó llego llegaron cajas piezas unidades pedido? mándame envíame pásame amigo? favor? saludos, jefe reviso revisar cuánto? cuanto? cómo? tienen? hola, gracias, señora manejan precio? piezas? contenedores silla modelo
    hola buenos buenas días dias tardes noches gracias por favor precio precios cotización cotizar cuánto cuanto cuesta cuestan
    el la los las del que qué y con para una un es muestra muestras envío envio pedido pago descuento mejor tienen tiene puede
    pueden podría necesito quiero catálogo disponible cuándo cuando entrega tiempo semanas señor amigo saludos estimado
    estimados mínimo mínima cantidad fábrica proveedor flete puerto contenedor factura orden más también ya sí muy bien hay
    usted ustedes ustedes vale listo pues oye somos estoy está están esto eso cual cuál cómo como donde dónde hacer envían
    enviar envíen mándame manda mande barato caro rebaja producción productos producto crédito días? favor, gracias! hasta
    pero porque otro otra sus su nuestro nuestra le les lo nosotros quisiera gustaría mañana hoy ahora pronto aún todavía`,
  pt: `por favor de ou só aéreo aérea apaguem cadastro fechamos bloquear chega sair tira tirem lista procurem mande mandem tirem parem descadastrar cotação amassadas faltaram ainda enviaram não me te se nos mais quero mande mensagens mercadoria chegou chegaram quebrada quebrado caixas peças unidades fechar consegue conseguem fica ficou atualizar manda mande passa vocês? obrigado, tudo? oi, olá, estoque cores pedido? preciso? qual? quais gostaria mercadorias entrega? ainda atrasou
    olá ola oi bom dia boa tarde noite obrigado obrigada preço preco preços cotação orçamento quanto custa custam os
    do da dos das que com para uma um é amostra amostras frete envio pedido pagamento desconto melhor vocês você tem têm pode
    podem preciso quero catálogo disponível quando entrega prazo dias semanas senhor amigo abraço abs prezado prezados mínimo
    mínima quantidade fábrica fornecedor porto contêiner fatura mais também já sim muito bem não está estou tudo vcs vc
    qual quais como onde fazer enviar envia mande manda barato caro produção produtos produto crédito nosso nossa seu sua
    gostaria poderia amanhã hoje agora ainda então pra pro né tá beleza valeu grato lista pedido? você? isso esse essa`,
  fr: `ou validé validée allez recontactez coordonnées veuillez retirer diffusion désinscrivez-moi écrivez arrêtez envoyer écrasés dispo disponible? en stock pièces pièce colis reçu cassé cassées commande? envoyez envoyer pouvez-vous avez-vous bonjour, merci, svp, faites faire possible cordialement, carton cartons quelle quelles quel vos
    bonjour bonsoir salut merci plaît plait svp prix tarif tarifs devis combien coûte coute le la les de des du que quel
    quelle et avec pour une un est échantillon échantillons livraison commande paiement remise réduction meilleur avez vous
    pouvez nous je besoin veux voudrais catalogue disponible quand délai jours semaines monsieur madame cordialement ami
    minimum quantité usine fournisseur fret port conteneur facture plus aussi déjà oui très bien non pas c'est j'ai qu'il
    s'il est-ce quoi comment où faire envoyer envoyez moins cher produits produit crédit notre nos votre vos aujourd'hui
    demain maintenant encore bonne journée salutations chers cher merci!`,
  de: `vielen dank passt klappt loeschen löschen kontaktaufnahme abzusehen abmelden abbestellen streichen verteiler nachrichten zerdrückt kamen stück stk ware waren bitte! können? schwarz weiß rot blau angekommen geht noch lager melde woche nächste bestätigen brauchen bieten
    hallo guten tag morgen abend danke bitte preis preise angebot wie viel kostet kosten der die das den dem des und mit
    für eine ein ist muster probe versand lieferung bestellung zahlung rabatt besser haben sie können wir ich brauche möchte
    katalog verfügbar wann lieferzeit tage wochen herr frau grüße grüßen mfg lg freundlichen mindestmenge menge fabrik
    lieferant fracht hafen rechnung mehr auch schon ja sehr gut nein nicht gibt es was wo wieviel wieviele bitte, können
    schicken senden günstiger billig teuer produktion produkte produkt unser unsere ihr ihre heute jetzt noch bald viele
    grüsse gruß zu auf bei ab nach ware wäre hätte würde könnten`,
  it: `qual i hanno procedete procedi procediamo perfetto toglietemi dalla lista basta messaggi smettetela mandarmi messaggi scrivetemi cancellatemi disiscrivermi schiacciati pezzi pezzo merce arrivata mandate potete? avete? ci sono buongiorno, grazie, colori consegna? spedizione subito disponibile ritardo sentiamo
    ciao buongiorno buonasera salve grazie per favore prezzo prezzi preventivo offerta quanto costa costano il lo gli di
    del della che con una è campione campioni spedizione consegna ordine pagamento sconto migliore avete potete posso vorrei
    voglio ho bisogno catalogo disponibile quando tempi giorni settimane signor signore amico saluti cordiali distinti minimo
    quantità fabbrica fornitore nolo porto fattura più anche già sì molto bene non sono come dove fare inviare inviate
    mandare mandate economico caro produzione prodotti prodotto nostro nostra vostro vostra oggi domani adesso ancora
    ordinare mi ci vi fornire listino`,
  pl: `usuncie usuńcie usuń moj mój numer sztuk szt sztukę towar przyszedł kartonów prosić proszę? możliwy możliwe jaka jakie jaki czy? dostępne odezwę
    dzień dzien dobry cześć czesc witam dziękuję dziekuje dzięki dzieki proszę prosze cena ceny cennik oferta ofertę ile
    kosztuje kosztują jest są i w z na do dla od czy się to jak co próbka próbki próbkę wysyłka dostawa zamówienie płatność
    rabat zniżka lepsza lepszą macie mogę możemy możecie potrzebuję chcę chce katalog dostępny kiedy termin czas dni
    tygodni pan pani państwo pozdrawiam pozdrawiamy minimalna ilość fabryka dostawca kontener faktura więcej także już tak
    bardzo dobrze nie wysłać wyślij wyślijcie tanio tańsze drogo drogie produkcja produkty produkt nasz nasza wasz wasza
    dzisiaj jutro teraz jeszcze realizacji zamówić mamy jesteśmy będzie`,
  id: `barang rusak pas sampai stok ready dong gan sis kak? banget bisa? mohon kabari kabar nanti hubungi pakai apa? tolong? dulu ambil jadi revisi
    halo hai selamat pagi siang sore malam terima kasih makasih tolong mohon harga berapa biaya yang dan dengan untuk ini
    itu ada adalah contoh sampel pengiriman kirim ongkir pesanan pesan pembayaran bayar diskon potongan lebih murah bisa
    boleh saya kami kita anda bapak ibu pak bu kak gan perlu mau ingin katalog tersedia kapan waktu hari minggu salam hormat
    minimal jumlah pabrik pemasok pelabuhan kontainer faktur juga sudah ya sangat baik tidak belum apakah gimana bagaimana
    dong nya kah mahal produksi produk kapan? sekarang besok lagi tapi karena dari ke di saja aja gak nggak udah barang
    minta order? kirimkan`,
  vi: `alo cái giúp với nhiêu? không? được? khác đợt giao hỏng nhận công ty sếp hỏi lại đắt rẻ thế nào
    xin chào chao bạn anh chị em ơi cảm cám ơn giá bao nhiêu báo của và với cho này đó có không được là mẫu hàng gửi
    vận chuyển đơn thanh toán giảm rẻ hơn tôi chúng mình muốn cần danh mục khi nào ngày tuần trân trọng số lượng tối thiểu
    nhà máy cảng hóa nhé ạ vâng dạ rồi shop sản phẩm phẩm sản xuất đặt hàng bên công ty ko k dc đc nha nhiêu? nhận thêm
    tháng hôm nay mai bây giờ chưa vẫn lắm quá cao thấp được không`,
  tr: `bize bana reklam göndermeyin atmayın aboneliğimi iptal listenizden çıkarın yazmayın ezik koliler adet adete göre gönderebilir misiniz misin yapar yapabilir mısınız atar geldi gelmedi hocam yarın dönüş yaparım basabilir
    merhaba selam günaydın iyi günler teşekkürler teşekkür sağol sağolun lütfen fiyat fiyatı fiyatlar fiyatınız teklif
    ne kadar kaç bu şu ve ile için bir var mı mi mu mü numune örnek gönderim kargo nakliye sipariş ödeme indirim daha ucuz
    misiniz musunuz siz biz ben lazım istiyorum katalog mevcut zaman teslim süre gün hafta bey hanım selamlar saygılarımla
    miktar fabrika tedarikçi liman konteyner fatura çok evet tamam hayır değil gönderir gönderebilir üretim ürün ürünler
    bizim sizin bugün yarın şimdi hala hocam abi kardeşim pahalı olur mu? var mı?`,
  nl: `op om bij tot naar uit zo toch zonder tegen tussen onder boven daar waar waarom omdat heb moet moeten zal zullen
    uw ons mijn wordt worden houden krijgen geven maken probleem vertraging opgelost
    de het maar prima gang verwijder gegevens lijst dozen kwamen geplet aan uitschrijven afmelden berichten stuur stuurt aub graag? wij? ontvangen aangekomen goederen stuks stuk erop mogelijk? weten laat kan kunt verzending
    hallo hoi goedemorgen goedemiddag goedenavond dag bedankt dank dankjewel alstublieft alsjeblieft graag prijs prijzen
    offerte hoeveel kost kosten het een en met voor van zijn wat hoe wanneer monster monsters staal verzending levering
    bestelling betaling korting beter goedkoper hebben heeft kunnen kunt jullie wij ik u nodig wil willen catalogus
    beschikbaar levertijd dagen weken meneer mevrouw groeten vriendelijke groet minimale hoeveelheid fabriek leverancier
    vracht haven factuur meer ook al ja zeer goed nee niet geen sturen versturen duur productie producten product onze
    jullie vandaag morgen nu nog wel even mvg graag! dus`,
};

/**
 * Trade shorthand every buyer types; on their own they lean English, weakly. The English trade words and stock
 * phrases buyers drop into their own language ("Ok go ahead, kirim PI nya", "manda a invoice", "tracking do
 * shipment") count the same: a word of the buyer's own language outweighs them.
 */
export const TRADE_JARGON = new Set(
  ('moq fob cif cfr exw ddp dap fca oem odm pi po tt lc sku pcs pc qty usd eur rmb cny hs msds ce fda iso rohs sgs bl awb dhl fedex ups tnt etd eta hq gp fcl lcl'
    + ' go ahead lets let\'s invoice proforma tracking shipment update led strip'
    // English trade words other languages borrow whole ("Pásame price list y MOQ please", "Podeślij price list i MOQ pls"):
    // jargon, not English, once a word of the writer's own language is there
    + ' price list pricelist pricing best lead time please pls plz').split(' '),
);

/**
 * Romanised Arabic (Arabizi, digits for letters: "se3r", "matb3atlish") and Russian in Latin letters
 * ("skolko stoit", "pozhaluysta"): words of no Latin-script language, so one of them counts fully.
 */
export const ROMANISED_WORDS: Array<['ar' | 'ru', Set<string>]> = [
  ['ar', new Set(('mesh msh mish meesh ezay ezzay feen fein mafeesh mafish keda kda emta imta tany tani gahza gahez mabsoot mabsout maksoora maksour'
    + ' yalla inshallah insha2allah shukran shokran momken mumkin wallahi habibi ya3ni yaani kteer ktir shwaya shwayya bokra ahlan marhaba kifak'
    + ' leh leeh 3ayez 3awez 3ayzeen 3ala bta3 bta3et lel delwa2ti ma3lesh khalas 5alas tayeb eih mehtam').split(' '))],
  ['ru', new Set(('zdravstvuyte zdravstvuite zdravstvujte privet skolko stoit kakoy kakoi kakaya kakie kakoe kogda budet mozhno pozhaluysta pozhalujsta'
    + ' pozhaluista spasibo nado srochno gotovo obrazec obrazets poluchit hvatit khvatit pisat otpishite otpishi rassylki rassylka tsena dostavka'
    + ' zakaz minimalny minimalnyy minimalnyi interesno neinteresno menya nichego seychas sejchas prishlite skinte tovar oplata dogovor schet ochen'
    + ' khorosho horosho ladno tozhe uzhe esli nuzhno nuzhen nuzhna mne eto chto').split(' '))],
];

/** Tokens that say nothing about the language: acknowledgements, laughter, fillers. */
export const NEUTRAL_TOKENS = new Set(
  'ok okay okey oke okk okie okey-dokey k kk kkk lol haha hahaha hehe hihi xd xddd hmm hm mm uh ah oh wow ops oops ty ya yup'.split(' '),
);

/** Letters that (almost) only one language uses, and shared ones that still narrow the field. */
export const LETTER_HINTS: Array<[RegExp, Partial<Record<LanguageCode, number>>]> = [
  [/[ñ¿¡]/, { es: 3 }],
  [/[ãõ]/, { pt: 3 }],
  [/ç/, { pt: 1, fr: 1, tr: 1 }],
  [/ß/, { de: 3 }],
  [/ä/, { de: 2 }],
  [/[öü]/, { de: 1.2, tr: 1.2 }],
  [/[ğşı]|İ/, { tr: 3.5 }],
  [/[łąęśźżćń]/, { pl: 3.5 }],
  [/[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/, { vi: 4 }],
  [/[îûœ]/, { fr: 1.5 }],
  [/[èù]/, { fr: 0.8, it: 0.8 }],
  [/[ìò]/, { it: 1.5 }],
  [/ë/, { fr: 0.6, nl: 0.8 }],
  [/[êô]/, { fr: 0.6, pt: 0.6 }],
  [/â/, { pt: 0.5, fr: 0.5, tr: 0.5 }],
  [/à/, { fr: 0.6, it: 0.6, pt: 0.4 }],
  [/é/, { fr: 0.5, es: 0.4, pt: 0.4, it: 0.3 }],
  [/[áíú]/, { es: 0.6, pt: 0.6 }],
  [/ó/, { es: 0.5, pt: 0.5, pl: 0.6 }],
  [/\p{L}ij\p{L}|ij\b/u, { nl: 1 }],
];

// Kanji forms Japanese uses where Chinese (simplified and traditional) writes another character:
// a kanji-only message such as "見積依頼" or "価格表" is Japanese.
export const JAPANESE_ONLY_HAN = /[価円様込払対発変済単売続気図駅営検験関頼帰拠覧歳継緒児斉読駆拡脳悩軽鉄隣諸霊栄徳収従恵応戦伝伸偽舗]/;
// Kanji compounds of Japanese business mail that Chinese does not use (配信停止, 御社, 納期).
export const JAPANESE_WORDS = /(配信|御社|弊社|貴社|納期|発注|送料|宜しく|下さい|見積|注文書|在庫|割引|連絡先|担当者)/;
// Simplified (and a few traditional) forms Japanese never writes: certainly Chinese.
export const CHINESE_ONLY_HAN = /[们这么请报价货样发吗谢个为时间给还说对让运费单吧呢啥们們這麼嗎價發樣說讓您]/;
