import type { PatternTable } from './pattern-table';

const r = String.raw;

// Spanish (Spain and Latin America), accents optional, with Spanglish ("cotizar el shipping", "el PI").
export const es: PatternTable = {
  greeting: r`
    ^\s*(hola+|ola|buenas|buenos dias|buen dia|saludos|estimad[oa]s?|que tal|qué onda|hey)\b
    \b(hola|buenos dias|buenas (tardes|noches)|buen dia|muy buenos dias)\b
    # ("¿a cómo está el metro?" asks a price, "como está a produção?" how the order goes)
    \b((?<!\ba )como (esta|estas|estan|va)(?! (la|el|los|las|lo|a|o|os|as|mi|mis|meu|minha|nuestro|nuestra|nuestros|nosso|nossa|su|sus|seu|sua|tu|tus|con|com)\b)|mucho gusto|un saludo cordial)\b
  `,
  thanks: r`
    \b(gracias|muchas gracias|mil gracias|se agradece|agradezco)\b
  `,
  price_inquiry: r`
    \bcu[aá]nto (cuesta|cuestan|vale|valen|sale|salen|es|seria|sería|cobran|cuesta cada)\b(?! (el |la )?(envio|flete|muestra))
    \bcuanto\s*\?
    (?<!\b(lista|listado) de |muestras? (tiene |tienen )?)\b(precio|precios|costo|valor)\s*(\?|de|del|por|unitario|x)(?! (env[ií]o|flete|muestra))
    \b(necesito|quiero|quisiera|solicito|me das|env[ií]ame|m[aá]ndame|p[aá]same) (una |la |el |un |su )?(cotizaci[oó]n|precio|presupuesto)\b
    \b(me|nos) (pasa|pasas|pasan|envia|envias|envian|manda|mandas|mandan|da|das|dan|puede dar|pueden dar|podria(n)? (dar|enviar|pasar)) (el |un |su |la |una )?(precio|cotizaci[oó]n|presupuesto|lista)
    ~\bcotiz\w*\b
    ~\bpresupuesto\b
    \ba como (esta|sale|lo dejas|me lo dejas)\b
    \b(mejor precio)\b\s*\?
    ~\bprecios?\b
    ~\bcu[aá]nto\b(?! (tiempo|tarda|demora))
    ~\bcostos?\b
  `,
  quote_revision: r`
    \b(actualiz|modific|cambi|correg|revis|ajust|rehac|corrij)\w* (la |el |su |una |nueva )?(cotizaci[oó]n|proforma|pi|factura|presupuesto|oferta|contrato)\b
    \b(nueva|otra) (cotizaci[oó]n|proforma|pi|factura)\b
    \b(cotizaci[oó]n|proforma|pi|factura) (nueva|actualizada|corregida|revisada|modificada)\b
    \brecotiz\w*\b
    \b(cotizaci[oó]n|proforma|pi|factura)\b.{0,25}\b(error|equivocad\w*|mal|incorrect\w*)\b
    \b(rehacer|rehacen|actualizar|corregir|revisar) (la |el )?(cotizacion|presupuesto|proforma|pi)\b
    # a line taken out of the quote ("borren la línea 3 de la proforma")
    \b(borr|quit|elimin|sac)[aeo]\w*\b.{0,40}\b(de|del) (la |el |su |esta |esa )?(cotizaci[oó]n|proforma|pi|presupuesto)\b
    # a credit for bad goods taken off the next proforma
    \b(descu[eé]nt|descont|abon|compens)\w*\b.{0,30}\bpr[oó]xim[ao] (pi|proforma|factura proforma)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("olvídate de la cotización CIF", "anulen la PI anterior"); not "no olvides la cotización"
    (?<!\bno )\b(olvid[aeo]\w*|anul[ae]\w*|descart[ae]\w*|d[ae]n? de baja)\b.{0,25}\b(cotizaci[oó]n|proforma|pi|presupuesto)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \b(sigue|siguen) (siendo )?(muy |demasiado )?(caro|caros|alto|altos)\b|\btodavia (esta |es )?(muy |demasiado )?(caro|alto)\b
    \bdescuentos?\b|\brebaja\w*\b
    \b(mejor|menor|ultimo|último|minimo|mínimo) precio\b(?!\s*\?)
    \bprecio (final|especial|mas bajo|más bajo|objetivo)\b
    \b(muy|bastante|demasiado|algo|un poco|un poquito|esta|está|sale|es) car[oa]s?\b
    ~\bm[aá]s barat[oa]s?\b|\bm[aá]s econ[oó]mico\b
    \bprecio (mejor|m[aá]s bajo)\b|\bprecio (es |est[aá] )?(muy |un poco |algo |demasiado )?(alto|elevado|caro)\b
    \b(bajar|bajen|baje|rebajar|mejorar|mejoren|mejore)\b.{0,10}\b(el |su |un poco )?precio\b
    \b(puede|pueden|podria|podrian|podés|puedes) (bajar|rebajar|mejorar)\b
    \bnegoci\w*\b
    # an effort on the price asked ("¿pueden hacer un esfuerzo en el precio?")
    \besfuerz?o?\w* (en|con|sobre) el precio\b
  `,
  competitor_mention: r`
    \botros? proveedor\w*\b|\botras? f[aá]bricas?\b|\botras? empresas?\b|\botro vendedor\b
    \b(competencia|competidor\w*)\b
    \b(me|nos) (ofrecen|ofrecieron|dan|dieron|cotizaron|cotizan|venden|vendieron)\b
    \b(mas barato|más barato|mejor precio) (en|con|de) (otro|otra|otros|alibaba|china|india)\b
    \b(en|de) otro lado\b
  `,
  moq: r`
    \b(pedido|cantidad|compra|orden) m[ií]nim[oa]\b
    \bm[ií]nimo\b
    \b(cu[aá]ntas|cu[aá]ntos) (piezas|unidades|pares|cajas|pzas|pzs)? ?(como )?m[ií]nimo\b
    \bpedido de prueba\b|\bpoca cantidad\b
  `,
  sample_request: r`
    \bmuestras?\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(antes del?|para el|hasta el) (dia )?\d{1,2}\b(?! ?(%|pcs|piezas|unidades|usd|dolares|mil))
    \btiempo(s)? de (entrega|produccion|fabricacion|envio)\b
    \b(plazo|fecha) de entrega\b
    \bcu[aá]ndo (estar[ií]a|estar[aá]|esta|est[aá] list|llega|llegan|envian|envían|env[ií]as|sale|salen|pueden enviar|entregan|lo tienen|estaria listo|despachan)\b
    \bcu[aá]nto(s)? (d[ií]as|tiempo|semanas|tarda|tardan|demora|demoran)\b
    \ben cu[aá]nto tiempo\b
    ~\b(hay|tienen|tiene|tenes|ten[eé]s) (en )?(stock|existencia|inventario)\b
    ~\ben stock\b
    \bentrega inmediata\b
    \bcuando\b.{0,30}\b(produccion|paran|cierran|vacaciones)\b
  `,
  shipping_cost: r`
    \b(costo|precio|valor|cu[aá]nto (cuesta|sale|vale|es)|cotiza\w*)\b.{0,12}\b(env[ií]o|flete|shipping|transporte)\b
  `,
  sample_cost: r`
    \b(costo|precio|valor|cu[aá]nto (cuesta|sale|vale))\b.{0,12}\bmuestras?\b|\bmuestras?\b.{0,12}\b(costo|precio|cobran|gratis)\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(mar|barco|aereo|avion|maritimo)\s+(o|u)\s+(por )?(mar|barco|aereo|avion|maritimo)\b
    \b(flete|transporte|shipping)s?\b
    ~\b(env[ií]o|despacho)s?\b
    \bpor (mar|aire|barco|avi[oó]n|courier|a[eé]reo|maritimo|marítimo|tierra|cami[oó]n)\b
    \b(puerto|agente de carga|naviera)\w*\b
    ~\baduana\w*\b
    ~\bcontenedor\w*\b
    \b(mandar|enviar|enviarlo|llevar|entregar)\w* (a|hasta|para) (mexico|méxico|colombia|peru|perú|chile|argentina|espana|españa|ecuador|guatemala|bolivia|venezuela|panama|miami)\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(paren|detengan|frenen|suspendan|posterguen|aplacen|retengan)\b (el |los |la |las )?(\w+ )?(embarques?|despachos?|cargas?|envios? de (la )?mercanc[ií]a)\b
    \bno (embarquen|despachen|carguen)\b
  `,
  payment_terms: r`
    \b(forma|formas|metodo|método|condiciones|condicion|términos|terminos|modo) de pago\b
    \b(transferencia|carta de cr[eé]dito|pag(o|ar) (por )?adelantado)\b
    ~\b(anticipo|dep[oó]sito|saldo)\b
    \bc[oó]mo (puedo |podemos )?(pagar|pago|se paga)\b
    ~\b(pago|pagos|pagar)\b
  `,
  payment_extension: r`
    \bpag(ar|o|amos|ariamos|aríamos|ar el saldo)\b.{0,40}\b(despu[eé]s|luego|mas tarde|más tarde|a plazos|en cuotas|al recibir|cuando llegue|contra entrega|a (30|45|60|90) d[ií]as|el pr[oó]ximo mes|en partes)\b
    \b(cr[eé]dito|plazo) (a|de) (30|45|60|90) d[ií]as\b
    \b(m[aá]s|extender|ampliar|alargar)\b.{0,10}\bplazo\b
    \b(retrasar|postergar|aplazar|posponer) (el )?pago\b
    \bpr[oó]rroga\b|\ben cuotas\b|\ba cr[eé]dito\b
    \bpagar\b.{0,25}\b(a )?\d+ dias\b|\bcredito a \d+ dias\b|\bplazo (para|de) pago\b
    \bpagar\b.{0,30}\b(mes que viene|proximo mes|despues|mas tarde|a plazos|en cuotas)\b
  `,
  order_confirmation: r`
    \bconfirm\w* (el |la |nuestro |nuestra |mi )?(pedido|orden|compra)\b
    \b(hacemos|hago|hacer|realizar|realizamos|colocar|colocamos|hagamos|poner|ponemos|lanzar|lanzamos) (el |la |un |una )?(pedido|orden)\b
    \borden de compra\b
    \b(adelante|procedemos|proceda|procedan|de acuerdo,? (hacemos|vamos))\b
    \b(ya )?(pagamos|pagu[eé]|transferimos|depositamos) (el |la )?(anticipo|dep[oó]sito)\b
    # ("lo queremos liso", "la quiero en azul": how it is wanted, no order)
    \b(lo|los|la|las) (compro|compramos|tomo|tomamos|quiero|queremos)\b(?! (liso|lisa|lisos|lisas|sin|con|en|de|del|asi|mas|igual|para|neutr[oa]s?|blanc[oa]s?|negr[oa]s?|personalizad[oa]s?|impres[oa]s?|grabad[oa]s?|distint[oa]s?)\b)
    \b(empiecen|inicien|comiencen|arranquen) (la )?producci[oó]n\b
    ~(?<!no )\b(envi|mand|pas)\w* (la |una |su )?(pi|proforma|factura proforma)\b(?! (todavia|aun|actualizad\w*|corregid\w*|revisad\w*|nueva))
    \bel resto (est[aá] |queda )?(confirmado|aprobado|igual)\b
    # an order promised today on a condition the buyer sets ("si me garantizan 40 días le confirmo hoy mismo")
    \b(le |te |les )?confirmo (hoy|hoy mismo|el pedido hoy)\b
  `,
  order_split: r`
    \b(dividir|divide|dividan|dividirlo|separar|separen|partir)\b.{0,15}\b(pedido|orden|envio|env[ií]o|embarque|factura|en)\b
    \b(dos|2|tres|3|varios|varias) (env[ií]os|embarques|facturas|partes|lotes|entregas)\b
    \b(env[ií]o|embarque|entrega)s? parcial\w*\b
    \bpor partes\b
    # "manden 500 ahora y 500 el mes que viene", "la mitad ahora y el resto en septiembre"
    \b(la mitad|una parte|\d[\d.,]*( \w+)?) (ahora|ya|de inmediato|primero)\b,? (y )?(el resto|lo restante|lo demas|los demas|la otra mitad|la mitad|\d[\d.,]*)\b
    \b(mand|envi|embarc|despach)\w* (la mitad|una parte|lo que (este|esta|tengan) listo) primero\b
  `,
  complaint: r`
    \b(da[nñ]ad\w*|rot[oa]s?|quebrad\w*|defectuos\w*|defectos?|fallas?|rayad\w*|oxidad\w*|manchad\w*)\b
    \b(falt(a|an|aron|ante|antes)|incomplet\w*)\b
    \b(mala|baja|p[eé]sima) calidad\b|\bproblema(s)? (de|con) (la )?(calidad|mercanc[ií]a|pedido)\b
    \b(reclam\w*|queja\w*|devoluci[oó]n|reembolso|compensaci[oó]n)\b
    \b(retraso|retrasad\w*|atrasad\w*|demorad\w*)\b
    \b(no|aun no|aún no|todav[ií]a no) (ha |han |nos ha |nos han )?(llegado|llega|recibido|recibimos|enviado)\b
    \b(incorrect\w*|equivocad\w*|no funciona\w*|no sirve\w*)\b
    \bno (es|son) (lo que|el que|la que) (ped\w*|orden\w*)\b
    \b(todavia|aun|aún) no (han |ha |me |nos )?(enviado|mandado|llegado|despachado|recibido|embarcado)\b
    \b(llegaron|llego|vinieron|vino|estan|estaban) (las cajas |los cartones |el paquete )?(aplastad\w*|mojad\w*|rot\w*|abiert\w*|golpead\w*|deformad\w*)\b
    \b(el|la) (color|talla|modelo|cantidad) no es\b|\b(color|talla|modelo|cantidad) (equivocad\w*|incorrect\w*)\b|\bfalta(n|ron)\b|\bllego (tarde|incompleto)\b|\b(retraso|atrasad\w*)\b
    # ("llegaron 480 en vez de 500" is short; "2,40 m en vez de 2,10" asks a change)
    \b(llegaron|llego|recibimos|recibi|vinieron|vino|mandaron|enviaron|solo)\b[^.?!]{0,30}\ben (vez|lugar) de \d+\b|\bno es (el mismo|igual) (que|a)\b
    # scratches, cracks, leaks, lights that stay off
    \b(rayones|aranazos|rayaduras)\b|\b(rajad[oa]s?|agrietad[oa]s?|grietas?|fisuras?)\b|\b(gotean|gotea|fugas?)\b|\bno (encienden|enciende|prenden|prende|funcionan)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; a counted failure
    \b(reenvi\w*|te paso|les paso|le paso|te comparto|mi cliente (me )?(dice|dijo|escribio|reclama|se queja|reporta)|(de|del) (mi|nuestro) cliente)\b.{0,200}\b(cambio|reposicion|reemplaz\w*|devolver|sustituc\w*|flojas?|sueltas?|no (cargan?|enfrian?|calientan?|giran?|prenden?|funcionan?|sirven?))\b
    \b(queremos|necesitamos|pedimos|solicitamos|exigimos|quiero|necesito) (el |un |la |una )?(cambio|reposicion|reemplazo|sustitucion|devolucion)\b
    \bcomo (lo |la |los |las )?(van a |vamos a |piensan )?(solucion|resuelv|resolv|arregl)\w*|\bque solucion (nos )?(dan|ofrecen|proponen|tienen)\b
    \b(de|entre) (las|los) \d+\b[^.?!]{0,40}\b\d+\b[^.?!]{0,50}\b(no (cargan?|enfrian?|calientan?|giran?|prenden?|encienden?|funcionan?|sirven?)|flojas?|sueltas?)\b
    # long due: a promised date gone by, weeks without anything shipped
    \b(prometieron|prometio|quedaron en|dijeron que)\b.{0,60}\b(embarque|envio|entrega|despacho|enviar|embarcar|salir|lista|listo)\b.{0,60}\b(ya|todavia|aun|nada|estamos)\b
    \b(ya van|llevamos|van ya|han pasado|pasaron) (\w+ )?\d* ?(semanas|dias|meses)\b.{0,60}\b(no|nada|sin|todavia|aun)\b|\bno (me |nos )?(han|ha) (embarcado|enviado|despachado|mandado) nada\b
    \b(cajas|cartones|bultos|paquetes) (mojad|aplastad|rot|golpead|abiert|hundid)\w*\b
    # quality or colour drifted from the sample or the last lot, not what was approved
    \b(peor|inferior) calidad\b|\bcalidad (inferior|peor)\b|\bmas (fin[oa]s?|delgad[oa]s?|debil\w*) que (la|las) muestras?\b|\bno es (el|la|lo) que (aprobamos|confirmamos|acordamos|validamos|pedimos)\b|\btonos? diferentes? entre lotes\b
    \bsigue(n)? sin (salir|enviar|embarcar|llegar|despachar)\b|\bno ha(n)? salido\b|\bparpade\w*\b|\bse (descascara|descascaran|pela|pelan|despinta|despintan)\b|\b(tambalea|tambalean|cojea|cojean)\b
    \bno (coincide|coinciden|corresponde|corresponden|cuadra|cuadran)\b|\b\d+ (cajas|bultos|piezas|unidades|cartones|paquetes) menos\b|\bmenos de lo que (dice|indica|pone|marca)\b|\bcalidad (bajo|ha bajado|empeoro|ha empeorado)\b
    \b(inadmisible|inaceptable)\b|\b(nos )?devolvi(o|eron) \d+\b|\bcostura(s)? (abiertas?|se abren|descosid\w*)\b|\bolor (fuerte|raro|feo|a quimico|a plastico)\b|\b(llevamos|esperando) (\w+ )?(semanas|meses) esperando\b
    \bse (atascan|atasca|traban|traba|bloquean|bloquea|queman|quemaron|quemo|funden|fundieron)\b|\bno (cierran|cierra|abren|abre) bien\b
    # the goods unlike what was ordered, the sample or the photos ("el color está mal", "distinto a la muestra")
    \b(el )?(color|tono|tamano|logo|estampado)\b.{0,10}\b(esta|salio|vino|es|llego) (mal|equivocado|distinto|diferente)\b
    \b(distint|diferent)\w* (a|de|al|del) (la |lo |las )?(muestra|fotos?|aprobad\w*)\b
    \b(forwarder|transitario|agente de carga|naviera|courier)\b.{0,30}\b(muy lento|demasiado lento|un desastre|pesimo)\b
    # a fault laid at the supplier's door ("ustedes tenían que revisarlo"), "this can't be"
    \b(ustedes |usted )?(ten[ií]an|deb[ií]an) que (revisar|verificar|encargarse|avisar|controlar)\w*\b|\besto no puede ser\b
  `,
  customization: r`
    \bpersonaliz\w*\b|\ba medida\b|\bmarca (propia|blanca)\b
    \b(nuestro|mi|su|con) (logo|logotipo|marca|dise[nñ]o)\b|\blogo(tipo)?s?\b
    ~\b(dise[nñ]os?|medidas?|tama[nñ]os?|especificaci[oó]n\w*|empaque|empaques|estampad\w*|grabad\w*|impres\w*)\b
    ~\b(color|colores)\b
    ~\ben (negro|blanco|rojo|azul|verde|amarillo|gris|rosa|morado|naranja|caf[eé]|dorado|plateado)\b
  `,
  certification: r`
    \bcertific\w*\b
    \b(ficha|hoja) de (datos de )?seguridad\b|\binforme de (prueba|ensayo)\b|\bregistro sanitario\b|\bhomolog\w*\b
  `,
  catalog_request: r`
    \bcat[aá]logos?\b|\bfolleto\b
    \blista(do)? de (precios|productos)\b
    \b(qu[eé]|cu[aá]les) productos (tienen|manejan|venden|fabrican|hacen)\b
    \bfichas? t[eé]cnicas?\b|\bhojas? de (datos|especificaciones)\b|\bespecificaciones t[eé]cnicas\b
  `,
  opt_out: r`
    \bno (me|nos) (escriba\w*|contacte\w*|mande\w*|env[ií]e\w*|moleste\w*|llame\w*)\b
    \b(dejen|deja|dejar|dejes) de (escribir\w*|enviar\w*|mandar\w*|contactar\w*|molestar\w*)\b
    \bno (estoy|estamos) interesad\w*\b|\bno (me|nos) interesa\b|\bya no (me|nos) interesa\b
    \b(dar|darme|darnos|den) de baja\b|\bsin inter[eé]s\b
  `,
};
