import type { PatternTable } from './pattern-table';

const r = String.raw;

// Indonesian / Malay, with chat shorthand ("brp", "gan", "kak", "ongkir", "yg").
export const id: PatternTable = {
  greeting: r`
    # (Vietnamese "Hải quan", "Hải Phòng" fold to "hai")
    ^\s*(halo+|hai+(?! (quan|phong|san|duong|ngoai)\b)|hallo|permisi|assalamu'?alaikum|assalamualaikum|salam|pagi|siang|sore|malam)\b
    \bselamat (pagi|siang|sore|malam)\b|\bapa kabar\b
  `,
  thanks: r`
    \b(terima ?kasih|makasih|trims|tq|thanks gan|mksh|trimakasih)\b
  `,
  price_inquiry: r`
    \bharga(nya)?\s*(\?|berapa|brp|per|untuk|utk|satuan)
    \b(berapa|brp)(an)?\s*(harga(nya)?|ya|sih|kak|gan|pak|bu|\?|per|satu|1)
    \bminta (harga|penawaran|quotation|price)\b|\bpenawaran harga\b
    ~\bharga(nya)?\b
    ~\b(berapa|brp)\b(?! (lama|hari|minggu|bulan|minimal|min))
    ~\b(biaya|penawaran)\b
  `,
  quote_revision: r`
    \b(revisi|ubah|ganti|perbaiki|update|perbarui|koreksi)\w* (penawaran|proforma|pi|invoice|faktur|quotation)\w*\b
    \b(penawaran|pi|invoice|faktur|quotation)(nya)? (baru|revisi|diubah|direvisi|salah)\b
    # a line taken out of the quote ("coret ongkir dari quotation")
    \b(coret|hapus|buang|keluarkan)\b.{0,30}\bdari (quotation|penawaran|quote|pi|proforma)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bmasih (terlalu |kemahalan |agak )?(mahal|tinggi|kemahalan)\b
    \b(diskon\w*|potongan( harga)?)\b|\bnego(?!zi)\w*\b|\bkemahalan\b|\bmahal\w*\b
    \b(bisa )?(kurang|turun)(in|kan)?( lagi| dikit| sedikit)?( harga(nya)?)?\s*(\?|gak|ga|nggak|tidak|gan|kak)\b
    \b(harga|hrg) (terbaik|terakhir|net|nett|pas|khusus|spesial)\b(?!\s*\?)
    ~\b(lebih )?murah(an)?\b
    \bharga(nya)? (terlalu |agak |kok )?(mahal|tinggi)\b
  `,
  competitor_mention: r`
    \b(supplier|pemasok|pabrik|toko|vendor|penjual|seller) (lain|sebelah)\b|\btempat lain\b|\b(kompetitor|pesaing)\b
  `,
  moq: r`
    \b(minimal|minimum|min) (order|pembelian|pemesanan|qty|beli|pesan)\b|\border (percobaan|sedikit|kecil)\b
  `,
  sample_request: r`
    \b(sampel|sample|contoh barang|contoh produk)\w*\b|\bcontoh(nya)?\s*\?
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(sebelum|paling lambat) (tanggal|tgl) \d{1,2}\b
    \b(waktu|lama) (produksi|pengiriman|pengerjaan|proses)\b|\bberapa (lama|hari|minggu)\b
    \bkapan (bisa |siap |sampai |barang )?(dikirim|kirim|jadi|selesai|ready|sampai|datang|siap)\b
    ~\b(ready|ada) stok\w*\b|\bstok(nya)? (ada|ready|masih)\b
    \btanggal (kirim|pengiriman)\b
    \bwaktu (produksi|pengerjaan|pembuatan)(nya)? (lebih lama|nambah|bertambah)\b
    \bkapan\b.{0,30}\b(keluar|berangkat|dimuat|muat)\b
  `,
  shipping_cost: r`
    \b(ongkos|biaya|harga) (kirim|pengiriman|ekspedisi)\b|\bongkir\b
  `,
  sample_cost: r`
    \b(sampel|sample|contoh)(nya)? (gratis|bayar|berbayar)\b|\b(harga|biaya) (sampel|sample)\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(laut|udara|kapal|pesawat)\s+atau\s+(lewat |via )?(laut|udara|kapal|pesawat)\b
    \bkirim (ke|via|lewat|pakai)\b
    ~\bpengiriman\b
    \b(via|lewat|jalur) (laut|udara|kapal|pesawat|darat)\b|\bekspedisi\b|\bpelabuhan\b
    ~\bbea cukai\b
    ~\bkontainer\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \bjangan kirim (barang|kontainer|container|paket)\w*\b
    \b(tunda|tahan|stop) (dulu )?(pengiriman|kiriman)\b
  `,
  payment_terms: r`
    \b(cara|metode|sistem|syarat) (bayar|pembayaran)\b|\btransfer bank\b
    ~\buang muka\b|\bpelunasan\b|\b(dp|down payment)\b
    ~\b(pembayaran|bayar)\b
  `,
  payment_extension: r`
    \b(bayar|pembayaran|pelunasan|lunas)(nya)? (nanti|belakangan|setelah|kemudian|tempo|mundur|ditunda|dicicil|cicil|bulan depan)\w*\b
    \btempo\s*(\d+|tiga puluh)?\s*(hari)?\b|\b(cicil|angsur)\w*\b|\bperpanjang\w* (waktu )?(pembayaran|bayar|tempo)\b|\btunda\w* pembayaran\b
    \b(bayar|pelunasan|pembayaran)\b.{0,30}\b\d+ hari (setelah|sesudah)\b|\btempo \d+ hari\b|\bcicil\w*
    \b(sisa )?(pembayaran|pelunasan|pembayarannya)\b.{0,12}\b(kami |saya )?(tahan|ditahan|tunda|ditunda)\b|\btahan (dulu )?(sisa )?(pembayaran|pelunasan)\b
  `,
  order_confirmation: r`
    # "ga jadi ambil" calls the buy off
    (?<!\b(ga|gak|nggak|enggak|tidak|tak|batal|belum) )\b(konfirmasi|fix|jadi|deal|oke) (order|pesan|pesanan|ambil|beli)\w*\b
    \b(saya|kami|aku) (order|pesan|ambil|beli) (ya|sekarang|\d)\w*\b|\b(sudah|udah) (transfer|bayar) (dp|uang muka)\b
    \b(lanjut|silakan|silahkan) produksi\b
    \bsisanya (fix|oke|ok|jadi|lanjut|confirm)\b
  `,
  order_split: r`
    # "pecah order jadi dua kontainer": pecah is to break up, of an order
    \bpecah (order|pesanan|po|pengiriman|kiriman)( \w+)? (jadi|menjadi|ke) (dua|tiga|2|3|beberapa)\b
    \b(dipisah|dibagi|pisah)\w*\b|\bkirim (bertahap|sebagian|setengah dulu)\b|\bpengiriman (bertahap|parsial|sebagian)\b
    # ("tiga kali" alone is "three times")
    \b(dua|2|tiga|3|beberapa) (pengiriman|kiriman|invoice|faktur|tahap|kali kirim)\b
    # "kirim 500 pcs sekarang, 500 lagi bulan depan"
    \b(setengah|sebagian|\d[\d.,]*( \w+)?) (sekarang|dulu|duluan)\b,? (dan |terus |lalu )?(\d[\d.,]*|sisanya|sisa|setengah)\b
  `,
  complaint: r`
    \b(rusak|cacat|pecah(?! (order|pesanan|po|pengiriman|kiriman)\b)|penyok|bocor|karatan|lecet)(nya)?\b|\bbarang(nya)? kurang\b|\bkurang \d+\b|\bhilang\b
    \b(kualitas|mutu)(nya)? (jelek|buruk|kurang)\b|\b(komplain\w*|keluhan|retur|refund|ganti rugi|kecewa)\b
    \b(telat|terlambat)\b|\b(belum|blm) (sampai|datang|diterima|nyampe|dikirim)\b|\bsalah (kirim|warna|ukuran|barang)\b|\btidak (berfungsi|bisa dipakai)\b
    \b(belum|blm|blum) (dikirim|sampai|datang|diterima|nyampe)\b
    \b(penyok|remuk|basah|sobek|rusak|pecah(?! (order|pesanan|po|pengiriman|kiriman)\b)|cacat)\b|\b(warna|ukuran|barang)(nya)? (salah|beda|tidak sesuai|gak sesuai)\b|\b(kurang|hilang) \d+\b|\b(telat|terlambat)\b
    # scratches, cracks, leaks, lights that stay off
    \b(goresan|tergores|baret|retak|retakan)\b|\b(tidak|gak|ga|nggak) (menyala|nyala|hidup|jalan)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(saya (forward|teruskan|terusin)|forward (pesan|keluhan|email)|(pesan|keluhan|komplain) dari (customer|pelanggan|klien|konsumen)|(customer|pelanggan|klien) saya (bilang|komplain|mengeluh|lapor))\b.{0,200}\b(diganti|ganti|penggantian|tukar|retur|gak bisa|tidak bisa|ga bisa|nggak bisa|mati|solusi\w*)\b
    \b(mohon|minta|tolong|harap) (di)?(ganti|tukar)\b|\b(gak|ga|tidak|nggak|ngga|tdk) bisa (dicas|dicharge|di-?charge|ngecas|nyala|menyala|dingin)\b|\bmati (setelah|sesudah|dalam)\b
    \b(gimana|bagaimana|gmn) solusi(nya)?\b|\bmohon solusi(nya)?\b|\bminta solusi\b
    \b(sudah|udah|sdh) \d+ (minggu|hari|bulan)\b.{0,60}\b(belum|blm|gak|tidak)\b|\bbelum juga (dikirim|sampai|datang)\b
    \bmengeluh\w*\b|\bberkedip\w*\b|\bmengelupas\b|\bgoyang\b|\bbengkok\b|\bluntur\b
    \b(tidak|gak|ga|nggak) sama (dengan|kayak|seperti) (sampel|sample|contoh|pesanan)\b|\bkualitas(nya)? (turun|menurun|jadi jelek)\b
    \b(tidak|gak|ga|nggak) (bisa|dapat) diterima\b|\b(sudah|udah|sdh) (\w+ ){1,2}(minggu|bulan) (kami |saya )?(menunggu|nunggu)\b|\bjahitan(nya)? (lepas|terbuka|jebol)\b|\bbau (menyengat|busuk|kimia|plastik)\b
    \bmacet\b|(?<!(file|filenya|link|linknya|lampiran|email|pdf|pdfnya) )\b(gak|ga|tidak|nggak) bisa (dibuka|ditutup)\b|\b(terbakar|gosong|konslet\w*)\b
    # the goods unlike the sample or the photos; a forwarder too slow
    \b(beda|tidak sesuai|gak sesuai|ga sesuai|nggak sesuai) (jauh )?(dari|dengan|sama) (sampel|sample|foto|gambar|contoh)\b
    \bwarna(nya)?\b.{0,20}\b(beda jauh|salah|tidak sesuai|gak sesuai|ga sesuai)\b
    \b(forwarder|ekspedisi|kurir)\b.{0,30}\b(lambat|lama|lelet) (banget|sekali|bgt|bener)\b
  `,
  customization: r`
    # (not "customer", "customs")
    \b(custom|kustom)(?!ers?\b|s\b)\w*\b|\b(pakai|dengan|cetak|sablon) logo\b|\bmerek (sendiri|kami)\b
    ~\b(ukuran|desain|spesifikasi|kemasan|sablon)\b
    ~\bwarna\b
  `,
  certification: r`
    \bsertifika\w*\b|\b(sni|bpom)\b|\b(hasil|laporan) (uji|tes|lab)\b
  `,
  catalog_request: r`
    \bkatalog\w*\b|\b(daftar|list) (harga|produk)\b|\bpricelist\b|\bbrosur\b
    \b(datasheet|spesifikasi teknis|spek teknis)\b
  `,
  opt_out: r`
    \b(jangan|tolong jangan) (hubungi|kirim|chat|sms|wa|ganggu)\w*\b|\b(berhenti|stop) (kirim|menghubungi|chat)\w*\b
    \btidak (tertarik|berminat)\b|\bgak (tertarik|minat)\b|\b(hapus|keluarkan) (nomor|saya)\b
  `,
};
