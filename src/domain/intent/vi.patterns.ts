import type { PatternTable } from './pattern-table';

const r = String.raw;

// Vietnamese, with and without tone marks ("giá bao nhiêu" / "gia bao nhieu"). Many folded Vietnamese
// syllables are words elsewhere ("be", "lay", "dat", "bot"), so short ones are local (@). "mẫu" (sample)
// and "màu" (colour) fold to the same "mau": those lines keep accents (=).
export const vi: PatternTable = {
  greeting: r`
    \bxin ch[aà]o\b|^\s*(ch[aà]o|alo|al[oô])\b
    @\bch[aà]o (anh|ch[iị]|b[aạ]n|em|shop|ad|c[oô]ng ty|sep|s[eế]p)\b
  `,
  thanks: r`
    \b(c[aả]m [oơ]n|c[aá]m [oơ]n|camon|tks)\b
  `,
  price_inquiry: r`
    \bbao nhi[eê]u( ti[eề]n)?\b(?! (ng[aà]y|l[aâ]u|c[aá]i t[oố]i thi[eể]u))
    \bb[aá]o gi[aá] (gi[uú]p|cho|[dđ]i|nh[eé]|v[oớ]i|\d)
    ~\bb[aá]o gi[aá]\b|\bchi ph[ií]\b
    @\bgi[aá]\s*(\?|bao|sao|th[eế] n[aà]o|nhiu|bn|\d|bao nhi[eê]u|s[iỉ]|l[eẻ]|cho)
    # ("gia hạn" is to extend)
    @~\bgi[aá]\b(?! h[aạ]n\b)
  `,
  quote_revision: r`
    \b(s[uử]a|ch[iỉ]nh|c[aậ]p nh[aậ]t|[dđ][oổ]i|thay [dđ][oổ]i|l[aà]m l[aạ]i|g[uử]i l[aạ]i)\s*(l[aạ]i\s*)?(b[aá]o gi[aá]|pi|h[oó]a [dđ][oơ]n|proforma|invoice)\b
    \bb[aá]o gi[aá] (m[oớ]i|l[aạ]i)\b
    # a line taken out of the quote ("xóa dòng số 4 trong báo giá"), the quote in another currency ("báo giá bằng VND, đừng để USD")
    \b(x[oó]a|b[oỏ]|b[oớ]t|g[aạ]ch)\b.{0,30}\b(trong|kh[oỏ]i|ra kh[oỏ]i) (b[aá]o gi[aá]|pi|proforma)\b
    \bb[aá]o gi[aá] (b[aằ]ng|theo) (vnd|usd|đ[oô]|ti[eề]n vi[eệ]t|nh[aâ]n d[aâ]n t[eệ]|rmb|euro)\b.{0,30}\b(đ[uừ]ng|kh[oô]ng)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    @\bvan (con )?(cao|mac|dat)\b
    ~\br[eẻ] h[oơ]n\b
    \bgi[aả]m gi[aá]\b|\bchi[eế]t kh[aấ]u\b|\bth[uư][oơ]ng l[uư][oợ]ng\b|\bm[eề]m h[oơ]n\b
    @\bgi[aả]m\b
    @\bb[oớ]t\b
    @\b(m[aắ]c|[dđ][aắ]t) (qu[aá]|th[eế]|l[aắ]m)\b
    @\bgi[aá] (t[oố]t|cu[oố]i|r[eẻ])\b(?!\s*\?)
    # the price reconsidered ("em xem lại giá nhé")
    \bxem l[aạ]i gi[aá]\b
  `,
  competitor_mention: r`
    \b(b[eê]n|ch[oỗ]|c[oô]ng ty|nh[aà] cung c[aấ]p|x[uư][oở]ng|shop) kh[aá]c\b|\b[dđ][oố]i th[uủ]\b
    # a maker named by its country ("bên Thái báo rẻ hơn"); not China, where the supplier itself is
    \bb[eê]n (th[aá]i|[aấ]n [dđ][oộ]|indo|[dđ][aà]i loan|h[aà]n qu[oố]c)\b
  `,
  moq: r`
    \bs[oố] l[uư][oợ]ng t[oố]i thi[eể]u\b|\bt[oố]i thi[eể]u\b|\b[ií]t nh[aấ]t\b|\b[dđ][oơ]n (nh[oỏ]|th[uử])\b
  `,
  sample_request: r`
    # ("mẫu này", "mỗi mẫu", "mẫu 12V": the model, not a sample of it)
    =(?<!(mỗi|các|cùng|những|tất cả|từng) )\bmẫu\b(?! (này|đó|kia|nào|khác|mới|máy|\d|[a-z]{1,3}-?\d))
    # ("đặt màu riêng", a colour ordered: "đặt" only with the accents kept)
    =\bđặt (hàng )?mẫu\b(?! (này|đó|kia|nào|khác|mới|máy)\b)
    \b(gui|lay|xin|can) (hang )?mau\b(?! (nay|do|kia|nao|khac|moi|may)\b)|\bmau thu\b|\bhang mau\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\btruoc ngay \d{1,2}\b
    \b(th[oờ]i gian) (s[aả]n xu[aấ]t|giao h[aà]ng|giao|l[aà]m)\b|\bbao l[aâ]u\b|\bm[aấ]y ng[aà]y\b
    \bkhi n[aà]o (c[oó]|giao|g[uử]i|xong|nh[aậ]n|ship)\b|\b(c[oó]|c[oò]n) s[aẵ]n (h[aà]ng)?\b|\bs[aẵ]n h[aà]ng\b|\bc[oò]n h[aà]ng\b
    \b(khi nao|bao gio|hom nao) (xuat|giao|gui|ship) hang\b
    \bkhi nao\b.{0,30}\b(roi xuong|roi nha may|xuat xuong|ra xuong|ra khoi xuong)\b
  `,
  shipping_cost: r`
    \b(ph[ií]|c[uư][oớ]c|ti[eề]n|gi[aá]) (ship|v[aậ]n chuy[eể]n|g[uử]i h[aà]ng|v[aậ]n t[aả]i)\b
  `,
  sample_cost: r`
    \b(ph[ií]|ti[eề]n|gi[aá]) (h[aà]ng )?m[aẫ]u\b
    =mẫu (có )?(mất phí|miễn phí|tính phí)
  `,
  shipping: r`
    \bc[aả]ng\b
    ~\bv[aậ]n chuy[eể]n\b
    \b([dđ][uư][oờ]ng|b[aằ]ng|[dđ]i) (bi[eể]n|h[aà]ng kh[oô]ng|m[aá]y bay|t[aà]u)\b|\bship (v[eề]|qua|[dđ][eế]n|sang)\b|\bg[uử]i (v[eề]|sang|qua|[dđ][eế]n)\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(d[uừ]ng|t[aạ]m d[uừ]ng|ho[aã]n) (giao|g[uử]i|xu[aấ]t)\b.{0,15}\b(l[oô]|h[aà]ng|container|cont)\b
    \b(đ[uừ]ng|dung) g[uử]i h[aà]ng\b
  `,
  payment_terms: r`
    \b([dđ][aặ]t c[oọ]c|ti[eề]n c[oọ]c|chuy[eể]n kho[aả]n|tr[aả] tr[uư][oớ]c)\b
    ~\bthanh to[aá]n\b
  `,
  payment_extension: r`
    \b(tr[aả]|thanh to[aá]n) (sau|ch[aậ]m|tr[eễ]|g[oó]p|d[aầ]n)\b|\b(gia h[aạ]n|k[eé]o d[aà]i|ho[aã]n) (th[oờ]i gian )?thanh to[aá]n\b|\bc[oô]ng n[oợ]\b|\btr[aả] g[oó]p\b
    \b(tra|trả) (cham|chậm|sau|gop|góp)\b|\bthanh toan sau\b|\bthanh toán sau\b|\bcông nợ\b|\bcong no\b
    \b(giu lai|tam giu|tam dung|ngung) (khoan |dot )?(thanh toan|tien)\b|\b(lui|hoan|doi) (lai )?(thanh toan|viec thanh toan|tra tien)\b
    # "khất" is asking a creditor for time ("cho chị khất 70% thêm 2 tuần"); accents kept, "khát" is thirst
    =\bkhất\b
  `,
  order_confirmation: r`
    \b(ch[oố]t|x[aá]c nh[aậ]n) ([dđ][oơ]n|order)\b|\b[dđ][aặ]t h[aà]ng\b|\b(em|t[oô]i|m[iì]nh|ch[uú]ng t[oô]i) (l[aấ]y|[dđ][aặ]t|mua) (lu[oô]n|\d|h[aà]ng)\b
    # "giá chót" is the final price, "chốt màu" settles a colour: neither closes the order
    @=(?<!(giá|gia|chưa|chua) )\b(chốt|chot)\b(?! (màu|mau|mẫu|thiết kế|thiet ke|file|giá|gia|size))
    \bcon lai (chot|xac nhan|giu nguyen)\b
  `,
  order_split: r`
    \b(chia|t[aá]ch)\s*(l[aà]m|th[aà]nh|ra)?\s*(\d|hai|ba|nhi[eề]u)?\s*(\d|hai|ba|nhi[eề]u)?\s*([dđ][oợ]t|l[oô]|[dđ][oơ]n|chuy[eế]n|h[oó]a [dđ][oơ]n|container|l[aầ]n)\b
    \bgiao (nhi[eề]u|t[uừ]ng) ([dđ][oợ]t|l[aầ]n)\b|\b(hai|2|ba|3) ([dđ][oợ]t|l[oô]|chuy[eế]n|h[oó]a [dđ][oơ]n)\b
    # "gui 500 cai bay gio va 500 cai thang sau"
    \b(mot nua|mot phan|\d[\d.,]*( \w+)?) (bay gio|truoc|ngay)\b,? (va |con )?(\d[\d.,]*|phan con lai|con lai|nua con lai)
  `,
  complaint: r`
    # ("xin lỗi" is "sorry", no defect)
    =\b(hỏng|hư|vỡ|bể|(?<!xin )lỗi|móp|rách|thiếu)\b
    \b(b[iị] (h[oỏ]ng|l[oỗ]i|v[oỡ]|b[eể])|h[aà]ng l[oỗ]i|thi[eế]u h[aà]ng)\b|\b(ch[aấ]t l[uư][oợ]ng|h[aà]ng) (k[eé]m|t[eệ]|x[aấ]u|kh[oô]ng t[oố]t)\b
    \b(khi[eế]u n[aạ]i|[dđ][oổ]i tr[aả]|tr[aả] h[aà]ng|ho[aà]n ti[eề]n)\b|\b(ch[aậ]m|tr[eễ]) (giao|h[aà]ng)\b|\b(ch[uư]a|v[aẫ]n ch[uư]a) (nh[aậ]n|v[eề]|t[oớ]i|[dđ][eế]n) ([dđ][uư][oợ]c )?h[aà]ng\b|\bsai (m[aà]u|h[aà]ng|size|k[ií]ch th[uư][oớ]c)\b
    \b(h[aà]ng )?ch[uư]a (v[eề]|t[oớ]i|[dđ][eế]n)\b|\bch[aậ]m (qu[aá]|th[eế])\b
    \b(van|vẫn) (chua|chưa) (giao|gui|gửi|nhan|nhận|toi|tới|den|đến)\b
    =\b(bị móp|bị bẹp|móp|bẹp|bị ướt|ướt|vỡ|hỏng|sai màu|sai size|giao sai|gửi sai|thiếu|trễ|chậm trễ)\b
    \b(bi mop|bi bep|sai mau|giao sai|gui sai)\b
    # scratches, cracks, leaks, lights that stay off
    =\b(trầy|xước|nứt|rò rỉ|bị rỉ)\b|\bkhông (sáng|lên đèn|hoạt động|chạy)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(chuyen tiep|gui lai|forward) (tin nhan|email|mail|phan nan)\b.{0,200}\b(doi|thay|khong sac|khong sang|khong chay|xu ly)\b
    =\b(đổi (giúp|lại|hàng|mới|trả)|đòi đổi|thay mới)\b|\bkhông (sạc|lạnh|quay)\b
    \bxu ly (sao|the nao|nhu the nao)\b
    \b(dat coc|chuyen tien|thanh toan)\b.{0,40}\b(ma|hang) (van )?chua\b|\b(ma|hang) (van )?chua (duoc |thay )?(xuat|giao|gui)\b
    =\b(phản ánh|phàn nàn|lung lay|bị cong|cong vênh|nhấp nháy|bong tróc|phai màu|bay màu)\b
    =\b(không giống|khác) (với )?(mẫu|đơn)\b|\bchất lượng (giảm|kém đi|tệ hơn)\b
    =\b(không chấp nhận được|bị bung|mùi (hôi|hắc|khó chịu))\b|\bcho (\S+ ){1,2}(thang|tuan) roi\b
    =\b(kích thước|màu|số lượng|hàng|quy cách)\b.{0,20}\bkhông khớp\b
    =\b(bị kẹt|không (mở|đóng) được|bị cháy|bị chập)\b
    # the goods unlike the sample or the photos ("màu thực tế khác xa ảnh"; accents kept: "mẫu" is sample), not satisfied
    # ("có màu khác không" asks for another colour)
    =\b(màu|kích thước|logo)\b.{0,25}\b(khác (xa|hẳn|hoàn toàn|so với|với)|sai|không giống|không đúng)\b
    =\bkhác (xa |hẳn |hoàn toàn )?(so với )?(ảnh|hình|mẫu)\b
    \bkh[oô]ng h[aà]i l[oò]ng\b
  `,
  customization: r`
    ~=\bmàu\b
    \b(in|d[aá]n) logo\b|\blogo\b|\btheo y[eê]u c[aầ]u\b
    ~\bm[aà]u s[aắ]c\b|\bk[ií]ch th[uư][oớ]c\b|\bthi[eế]t k[eế]\b|\bbao b[iì]\b
  `,
  certification: r`
    \bch[uứ]ng (nh[aậ]n|ch[iỉ])\b|\bgi[aấ]y ch[uứ]ng nh[aậ]n\b|\b(k[eế]t qu[aả]|b[aá]o c[aá]o) (ki[eể]m|th[uử]) nghi[eệ]m\b|\bco\s*,?\s*cq\b
  `,
  catalog_request: r`
    \bca ta l[oô]\b|\bb[aả]ng gi[aá]\b|\bdanh (m[uụ]c|s[aá]ch) (s[aả]n ph[aẩ]m|h[aà]ng)\b
    \bthong so ky thuat\b
  `,
  opt_out: r`
    \b([dđ][uừ]ng|kh[oô]ng) (nh[aắ]n tin|li[eê]n h[eệ]|g[oọ]i|g[uử]i tin|l[aà]m phi[eề]n)\w*\b|\bkh[oô]ng quan t[aâ]m\b
  `,
};
