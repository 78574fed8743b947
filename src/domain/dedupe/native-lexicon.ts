import { lookupTable } from '../text/lookup-table';
// Trade words in scripts without word-for-word romanisation that matches the firm's English name: the Thai, Hebrew
// and Arabic word for "lighting" never spells "lighting". Mapped to the English token a bilingual name uses, so
// "บริษัท สยาม ไลท์ติ้ง" meets "Siam Lighting" and "مؤسسة قرطبة للمقاولات" meets "Qurtuba Contracting". Data only.

/** Thai words (often English loanwords in Thai letters), matched inside unspaced runs, longest first. */
export const THAI_WORDS: Record<string, string> = lookupTable({
  ไลท์ติ้ง: 'lighting', ไลติ้ง: 'lighting', แสงสว่าง: 'lighting', ฟู้ด: 'food', ฟู้ดส์: 'food', อาหาร: 'food', เทรดดิ้ง: 'trading', การค้า: 'trading', พาณิชย์: 'trading',
  อินเตอร์เนชั่นแนล: 'international', อินเตอร์: 'international', นานาชาติ: 'international', อิเล็คทริค: 'electric', อีเล็คทริค: 'electric', อิเล็กทริก: 'electric',
  ไฟฟ้า: 'electric', อิเล็กทรอนิกส์: 'electronic', อิเล็คทรอนิคส์: 'electronic', เทคโนโลยี: 'technology', เอ็นจิเนียริ่ง: 'engineering', วิศวกรรม: 'engineering',
  ซัพพลาย: 'supply', อุตสาหกรรม: 'industrial', อินดัสตรี: 'industrial', กรุ๊ป: 'group', เซอร์วิส: 'service', บริการ: 'service', พลาสติก: 'plastic',
  เคมีคอล: 'chemical', เคมี: 'chemical', สตีล: 'steel', เหล็ก: 'steel', ฮาร์ดแวร์: 'hardware', วัสดุก่อสร้าง: 'building material', ก่อสร้าง: 'construction',
  คอนสตรัคชั่น: 'construction', เฟอร์นิเจอร์: 'furniture', สิ่งทอ: 'textile', เท็กซ์ไทล์: 'textile', แพ็คเกจจิ้ง: 'packaging', บรรจุภัณฑ์: 'packaging', โลจิสติกส์: 'logistic',
  มาร์เก็ตติ้ง: 'marketing', ดีเวลลอปเมนท์: 'development', โปรดักส์: 'product', ผลิตภัณฑ์: 'product', เอ็นเตอร์ไพรส์: 'enterprise', อิมปอร์ต: 'import', เอ็กซ์ปอร์ต: 'export',
  นำเข้า: 'import', ส่งออก: 'export', ยานยนต์: 'auto', ออโต้: 'auto', พาร์ท: 'part', อะไหล่: 'part', การเกษตร: 'agro', เกษตร: 'agro', อาหารทะเล: 'seafood', ซีฟู้ด: 'seafood',
  เครื่องจักร: 'machinery', แมชชีนเนอรี่: 'machinery', เมดิคอล: 'medical', ฟาร์มา: 'pharma', เซรามิค: 'ceramic', รับเบอร์: 'rubber', ยาง: 'rubber',
  โฮลดิ้งส์: 'group', โฮลดิ้ง: 'group', ห้างหุ้นส่วน: ' ', หจก: ' ',
  // "things of …" (เครื่อง): the kitchen's are kitchenware, electricity's appliances, a tool's tools
  เครื่องครัว: 'kitchenware', เครื่องใช้ไฟฟ้า: 'electric appliance', เครื่องมือ: 'tool',
  // a shop (ร้าน, before the name: "ร้านรุ่งเรือง" is "Rungruang Shop")
  ร้าน: 'store',
});

/**
 * Arabic trade words, after the article and the prepositions written on the word (لل، ال، وال، بال) are taken off:
 * "للمواد" → "مواد" → material. Feminine and plural forms listed as written.
 */
export const ARABIC_STEMS: Record<string, string> = lookupTable({
  تجارة: 'trading', تجارية: 'trading', تجاري: 'trading', مواد: 'material', كهربائية: 'electric', كهربائيه: 'electric', كهرباء: 'electric', كهربائي: 'electric',
  إلكترونيات: 'electronic', الكترونيات: 'electronic', إلكترونية: 'electronic', الكترونية: 'electronic', أثاث: 'furniture', اثاث: 'furniture', مفروشات: 'furnishing',
  بلاستيك: 'plastic', مقاولات: 'contracting', استيراد: 'import', تصدير: 'export', أدوية: 'pharma', ادوية: 'pharma', أغذية: 'food', اغذية: 'food', غذائية: 'food',
  إنارة: 'lighting', انارة: 'lighting', إضاءة: 'lighting', اضاءة: 'lighting', تجهيزات: 'supply', توريدات: 'supply', معدات: 'equipment',
  صناعات: 'industrial', صناعية: 'industrial', صناعي: 'industrial', صناعة: 'industrial', منسوجات: 'textile', نسيج: 'textile', أقمشة: 'textile', اقمشة: 'textile',
  ملابس: 'garment', أحذية: 'footwear', احذية: 'footwear', سيراميك: 'ceramic', خزف: 'ceramic', حديد: 'steel', صلب: 'steel', معادن: 'metal', أدوات: 'tool', ادوات: 'tool',
  عدد: 'tool', خردوات: 'hardware', بناء: 'construction', إنشاءات: 'construction', انشاءات: 'construction', هندسة: 'engineering', هندسية: 'engineering', تقنية: 'technology',
  تكنولوجيا: 'technology', خدمات: 'service', توزيع: 'distribution', شحن: 'logistic', نقل: 'logistic', سيارات: 'auto', غيار: 'part', كيماويات: 'chemical',
  كيميائية: 'chemical', طاقة: 'energy', شمسية: 'solar', زراعية: 'agro', زراعة: 'agro', أسماك: 'seafood', اسماك: 'seafood', مصنع: 'factory', مصانع: 'factory',
  دولية: 'international', عالمية: 'international', عامة: 'general', مجموعة: 'group', إخوان: 'brothers', اخوان: 'brothers', أخوان: 'brothers', أولاد: 'sons', اولاد: 'sons',
  بازرگانی: 'trading', تجاری: 'trading', صنایع: 'industrial', قطن: 'cotton', خليج: 'gulf', طبية: 'medical', مستلزمات: 'supply', تغليف: 'packaging', ورق: 'paper', أجهزة: 'appliance', اجهزة: 'appliance',
  // "قطع غيار" (pieces of exchange) is "spare parts", "أدوات صحية" (health's tools) "sanitary ware", "مواد غذائية" (food
  // materials) "foodstuff": each a trade in two words (company-lexicon.ts's PHRASES joins the pairs as English writes them).
  قطع: 'spare', صحية: 'sanitary', صحيه: 'sanitary', صحي: 'sanitary',
  // Urdu writes the English of a Pakistani firm's name in its letters ("اینڈ سنز" and Sons, "ٹریڈرز" Traders), and the
  // pilgrim's title حاجی as Latin names write "Haji".
  اینڈ: 'and', سنز: 'sons', ٹریڈرز: 'traders', ٹریڈنگ: 'trading', کمپنی: 'company', انٹرپرائزز: 'enterprises', انٹرپرائز: 'enterprise',
  لمیٹڈ: 'limited', پرائیویٹ: 'private', انڈسٹریز: 'industries', برادرز: 'brothers', حاجی: 'haji',
});

/** Hebrew trade words, with the ה (the) or ו (and) written on the word taken off where listed. */
export const HEBREW_WORDS: Record<string, string> = lookupTable({
  תאורה: 'lighting', חשמל: 'electric', אלקטרוניקה: 'electronic', סחר: 'trading', מסחר: 'trading', יבוא: 'import', ייבוא: 'import', יצוא: 'export', ייצוא: 'export',
  תעשיות: 'industrial', תעשייה: 'industrial', טכנולוגיות: 'technology', הנדסה: 'engineering', שירותים: 'service', מזון: 'food', פלסטיק: 'plastic', ריהוט: 'furniture',
  רהיטים: 'furniture', טקסטיל: 'textile', כימיקלים: 'chemical', בניין: 'construction', בנייה: 'construction', כלי: 'tool', כלים: 'tool', ציוד: 'equipment', מתכת: 'metal',
  פלדה: 'steel', אחים: 'brothers', ובניו: 'sons', בניו: 'sons', קבוצת: 'group', קבוצה: 'group', שיווק: 'distribution', הפצה: 'distribution', חומרי: 'material',
});
