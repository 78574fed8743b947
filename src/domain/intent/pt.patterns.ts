import type { PatternTable } from './pattern-table';

const r = String.raw;

// Portuguese (Brazil and Portugal), accents optional, WhatsApp shorthand ("vc", "pfv", "qto").
export const pt: PatternTable = {
  greeting: r`
    ^\s*(ol[aá]|oi+|opa|e a[ií]|bom dia|boa tarde|boa noite|prezad[oa]s?)\b
    \b(bom dia|boa (tarde|noite)|como vai|sauda[cç][oõ]es)\b
    # ("…, tudo bem?" at the end of an ask is "is that ok?")
    ^\W*([\w']+\W+){0,3}tudo (bem|bom)\b
  `,
  thanks: r`
    \b(obrigad[oa]|obg|brigad[oa]|valeu|grato|grata|agrade[cç]o)\b
  `,
  price_inquiry: r`
    \b(quanto|qto|qnt) (custa|custam|sai|fica|ficaria|e|é|seria|cobra|cobram)\b(?! (o )?(frete|envio|amostra))
    (?<!\b(lista|tabela) de )\b(pre[cç]o|pre[cç]os|valor|valores)\s*(\?|de|do|da|por|unit[aá]rio)(?! (o |do |da )?(frete|envio|amostra))
    \b(me |nos )?(passa|manda|envia|mande|envie|passe|pode passar|pode mandar|pode enviar) (o |um |uma |a |seu |sua )?(pre[cç]o|cota[cç][aã]o|or[cç]amento|valor)\b
    ~\b(cota[cç][aã]o|or[cç]amento|cotar)\b
    ~\bpre[cç]os?\b
    ~\bquanto\b(?! tempo)
  `,
  quote_revision: r`
    \b(atualiz|modific|alter|corrig|revis|ajust|refaz|refa[cç]|mud)\w* (a |o |uma |nova )?(cota[cç][aã]o|proforma|pi|or[cç]amento|fatura|invoice|contrato)\b
    \b(nova|outra) (cota[cç][aã]o|proforma|pi|fatura)\b|\bnovo or[cç]amento\b
    \b(cota[cç][aã]o|proforma|pi|fatura)\b.{0,25}\b(errad\w*|erro|incorret\w*)\b
    \b(refazer|refaz|atualizar|revisar|corrigir) (a |o )?(cotacao|orcamento|proforma|pi)\b
    # a line taken out of the quote ("retirem a linha das almofadas da proforma")
    \b(retir|tir|remov|elimin|apag)[aeo]\w*\b.{0,40}\b(da|do) (cota[cç][aã]o|proforma|pi|or[cç]amento)\b
    # a credit for bad goods taken off the next proforma
    \b(descont|abat|compens)\w*\b.{0,30}\bpr[oó]xim[ao] (pi|proforma|fatura proforma)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("esquece aquela cotação"); not "não esqueça a cotação"
    (?<!\bn[aã]o )\b(esque[cç]\w*|anul[ae]\w*|descart[ae]\w*)\b.{0,25}\b(cota[cç][aã]o|proforma|pi|or[cç]amento)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bainda (esta |ta |e )?(muito )?(caro|alto)\b
    \bdescontos?\b
    \b(melhor|menor|[uú]ltimo) pre[cç]o\b(?!\s*\?)
    \b(muito|meio|bem|um pouco|ta|tá|est[aá]|ficou|achei) car[oa]s?\b
    ~\bmais barat[oa]s?\b
    \bpre[cç]o (melhor|menor|mais baixo)\b|\bpre[cç]o (est[aá] |ta |t[aá] )?(muito |meio |um pouco )?(alto|caro)\b
    \b(baixar|abaixar|diminuir|melhorar|reduzir)\b.{0,10}\b(o |esse |seu )?(pre[cç]o|valor)\b
    \bnegoci\w*\b|\bpre[cç]o (alvo|final|especial)\b
    \bd[aá] pra (baixar|melhorar|fazer)\b
    # an effort on the price asked ("conseguem fazer um esforço no preço?")
    \besfor[cç]o (no|com o|sobre o|do) pre[cç]o\b
  `,
  competitor_mention: r`
    \boutros? fornecedor\w*\b|\boutras? f[aá]bricas?\b|\boutra empresa\b
    \bconcorr\w*\b
    \b(me|nos) (ofereceram|oferecem|passaram|deram|cotaram)\b
    \bmais barat[oa] (em|no|na|com) (outr\w*|alibaba|china)\b
  `,
  moq: r`
    \b(pedido|quantidade|compra) m[ií]nim[oa]\b|\bm[ií]nimo\b|\bpedido (teste|de teste)\b
  `,
  sample_request: r`
    \bamostras?\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(ate|antes do) (o )?dia \d{1,2}\b|\bate (o )?\d{1,2} de \w+
    \bprazo(s)? de (entrega|produ[cç][aã]o|fabrica[cç][aã]o|envio)\b|\bprazo\s*\?
    # a bare "prazo" in a list of asks ("Preço, prazo e frete?"); a term to pay is no lead time
    ~\bprazos?\b(?! (de |para )?(pagamento|pagar|\d+ dias))
    \btempo de (entrega|produ[cç][aã]o|fabrica[cç][aã]o)\b
    \bquando (fica pront\w*|chega|chegam|envia|enviam|sai|embarca|estar[aá] pront\w*|consegue(m)? (enviar|entregar|embarcar))\b
    \bquantos dias\b|\bquanto tempo\b|\bdata de entrega\b|\bpronta entrega\b
    ~\b(tem|t[eê]m|possui) (em )?estoque\b|\bem estoque\b
    \b(o )?prazo (aumenta|fica maior|e maior|muda)\b
  `,
  shipping_cost: r`
    \b(quanto|valor|pre[cç]o|custo)\b.{0,15}\b(frete|envio)\b
  `,
  sample_cost: r`
    \b(quanto|valor|pre[cç]o|custo)\b.{0,15}\bamostras?\b|\bamostras?\b.{0,12}\b(paga|custo|gr[aá]tis|valor)\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(mar|navio|aereo|aviao|maritimo)\s+ou\s+(de |por )?(mar|navio|aereo|aviao|maritimo)\b
    \bfrete\b
    ~\benvio\b
    ~\bdespacho\b
    ~\btransporte\b
    ~\bcontainers?\b
    \b(por|via) (mar|a[eé]re[oa]|navio|avi[aã]o|courier|mar[ií]tim[oa]|terra|caminh[aã]o)\b
    \b(envia|enviam|entrega|entregam|manda|mandam) (para|pro|pra|no|na)\b
    \b(porto|agente de cargas?)\b
    ~\b(alf[aâ]ndega|desembara[cç]o)\b
    ~\bcont[eê]iner\w*\b
    \bentrega (no|em|para|at[eé]) (brasil|portugal|santos|s[aã]o paulo|rio|angola)\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(parem|segurem|suspendam|adiem|travem)\b (o |a |os |as )?(\w+ )?(embarques?|carregamentos?|despachos?)\b
    \bpar(a|em) de mandar (os |as )?(containers?|contentores?|conteineres?|cargas?)\b
  `,
  payment_terms: r`
    \b(forma|formas|condi[cç][oõ]es|condi[cç][aã]o|m[eé]todo|termos?) de pagamento\b
    \b(transfer[eê]ncia|carta de cr[eé]dito|boleto|pix)\b
    ~\b(sinal|dep[oó]sito|adiantamento|saldo)\b
    \bcomo (posso |podemos )?(pagar|pago)\b
    ~\b(pagamento|pagar)\b
  `,
  payment_extension: r`
    \bpag(ar|amento|ar o saldo)\b.{0,20}\b(depois|mais tarde|na chegada|quando chegar|a prazo|parcelad\w*|em (30|60|90) dias|no m[eê]s que vem|ap[oó]s (a chegada|receber))\b
    \bparcel\w*\b|\bprazo (para|de) pagamento\b|\b(30|60|90) dias (para pagar|de prazo)\b
    \b(estender|prorrogar|aumentar) (o )?prazo\b|\badiar (o )?pagamento\b
    \bprazo (para|de) pag\w*|\bpagar\b.{0,25}\b\d+ dias\b|\b\d+ dias (para pagar|de prazo)\b
  `,
  order_confirmation: r`
    \bconfirm\w* (o |nosso |meu )?pedido\b
    \b(fechar|fechamos|fechado|fecha|vamos fechar|pode fechar) (o )?(pedido|neg[oó]cio)\b
    \b(pedido|ordem) de compra\b
    \b(pode|podem) (seguir|produzir|come[cç]ar|iniciar)( a produ[cç][aã]o)?\b
    \b(pagamos|paguei|transferimos|depositamos) o (sinal|dep[oó]sito|adiantamento)\b
    \b(quero|queremos) (comprar|fechar|pedir)\b|\bvamos fechar\b|\bpode(m)? fechar\b|\bfechado\b
    ~(?<!nao )\b(envi|mand)\w* (a |uma )?(pi|proforma|fatura proforma)\b(?! (ainda|atualizad\w*|corrigid\w*|revisad\w*|nova))
    \bo resto (est[aá] |fica )?(confirmado|aprovado|ok)\b
    # an order promised today on a condition the buyer sets ("se garantirem 40 dias confirmo hoje mesmo")
    \bconfirmo (ainda )?hoje( mesmo)?\b
  `,
  order_split: r`
    \b(dividir|separar|dividam|separem)\b.{0,15}\b(pedido|envio|embarque|fatura|em)\b
    \b(dois|duas|2|tr[eê]s|3|v[aá]rios|v[aá]rias) (embarques|envios|faturas|lotes|partes|entregas)\b
    \b(embarque|envio|entrega) parcial\b
    # "enviar metade agora e o restante em setembro", "500 agora e 500 no mes que vem", "entrega em duas remessas"
    \b(a metade|metade|uma parte|\d[\d.,]*( \w+)?) (agora|ja|de imediato|primeiro)\b,? (e )?(o restante|o resto|os restantes|os demais|a outra metade|metade|\d[\d.,]*)\b
    \b(entrega|envio|embarque)s? em (duas|dois|2|tres|3|varias|varios) (remessas|etapas|partes|lotes|vezes)\b|\b(duas|2|tres|3|varias) remessas\b
    \b(manda|mande|mandem|envia|envie|enviem|embarca|embarque|embarquem|despacha)\w* (o )?primeiro (container|conteiner|lote|embarque)\b[^.?!]{0,60}\b(o )?segundo\b
  `,
  complaint: r`
    \b(danificad\w*|quebrad\w*|defeito\w*|defeituos\w*|riscad\w*|amassad\w*|enferrujad\w*)\b
    \b(falt(a|ando|ou|aram)|incomplet\w*)\b
    \b(m[aá]|baixa|p[eé]ssima) qualidade\b|\bproblema (de|com) (a )?(qualidade|pedido|mercadoria)\b
    \b(reclama[cç][aã]o|reclamar|devolu\w*|reembolso)\b
    # goods that overheat ("as tomadas esquentam demais")
    \b(esquent\w*|aquec\w*) (demais|muito|bastante)\b|\bsuperaquec\w*\b
    # ("¿se demora más?" asks how long)
    # ("demora uns 10 dias" says how long something takes; "demorou 60 dias" complains)
    \b(atras(o|ado|ada|ados)|(?<!\bse )demor(a(?! (uns |unos |cerca de |mais de |menos de |ate |hasta |entre )?\d)|ando|ou)(?! (mais|mas)\b))\b
    \b(ainda )?n[aã]o (chegou|chegaram|recebemos|recebi)\b
    \b(errad\w*|n[aã]o funciona\w*)\b
    \b(ainda )?nao (enviaram|chegou|chegaram|despacharam|embarcaram|recebemos|recebi)\b.{0,20}\b(depois|ainda|semanas|dias)?
    \b(chegaram|chegou|vieram|veio|estao|estavam) (as caixas |o pacote )?(amassad\w*|molhad\w*|quebrad\w*|abert\w*|amaçad\w*)\b
    \bfaltaram\b|\bfaltando\b|\bcor (errada|diferente)\b|\b(atrasad\w*|atraso)\b
    # scratches, cracks, leaks, lights that stay off ("riscos" is also "risks": only "riscado")
    \barranh\w*\b|\b(trincad[oa]s?|trincas?|rachad[oa]s?|rachaduras?)\b|\b(vazand\w*|vazamentos?|vazam)\b|\bnao (acendem|acende|funcionam)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; a counted failure
    \b(encaminh\w*|repass\w*|olha o que (o |meu |nosso )?cliente|(meu|nosso) cliente (me )?(mandou|escreveu|disse|reclamou|reclama|falou)|(mensagem|email|e-mail|reclamacao) do (meu |nosso )?cliente)\b.{0,200}\b(troca|reposicao|substitui\w*|devolver|nao (carrega|carregam|acende|acendem|esfria|esfriam|aquece|aquecem|funciona\w*)|resolver)\b
    \b(preciso|precisamos|queremos|pedimos|solicito|solicitamos|exigimos)( de)? (uma |a |o )?(troca|reposicao|substituicao|devolucao)\b
    \bcomo (voces |vcs )?(vao|vamos|podem) resolver\b|\bqual (e )?a solucao\b
    \bdas \d+\b[^.?!]{0,40}\b\d+\b[^.?!]{0,50}\bnao (carrega|carregam|acende|acendem|esfria|esfriam|aquece|aquecem|funciona\w*)\b
    # long due, goods short, the colour of one lot unlike the other's
    \b(ja )?(se passaram|faz|fazem|la se vao|ja sao) \d+ (semanas|dias|meses)\b.{0,60}\b(nada|nao|ainda)\b|\bnada (foi )?(embarcado|enviado|despachado)\b|\bprometeram\b.{0,80}\b(ainda|nada|ja)\b
    \b\d+ (pecas|caixas|unidades|pcs|cartoes) a menos\b|\btonalidades? diferentes?\b|\b(pior|inferior) qualidade\b|\bqualidade (pior|inferior)\b|\bnao e a que (aprovamos|confirmamos|combinamos|pedimos)\b|\binaceitavel\b
    \breclam(ou|aram|ando|am)\b|\b(desbota|desbotam|descasca|descascam|descascando)\b|\bpiscando\b|\bcontinua(m)? sem (sair|enviar|embarcar|chegar)\b
    \bnao (bate|batem|corresponde|correspondem|confere|conferem)\b|\bqualidade (caiu|piorou|baixou)\b
    \bdevolv(endo|eram|eu)\b|\bcheiro (forte|ruim|estranho|de plastico)\b|\bate agora nada\b|\b(cobrei|cobramos) (varias|muitas) vezes\b
    \bnao (fecham|fecha|abrem|abre) (direito|bem)\b|\b(travam|travando|emperr\w*|queimou|queimaram)\b
    # the goods unlike what was ordered, the sample or the photos
    \b(a )?(cor|tom|tamanho|logo)\b.{0,10}\b(esta|veio|saiu|chegou) (errad[ao]|diferente)\b
    \bdiferente d[ao]s? (amostra|fotos?|aprovad\w*)\b
    # a fault laid at the supplier's door ("vocês tinham que verificar isso")
    \bvoc[eê]s (tinham|deviam) (que |de )?(verificar|cuidar|avisar|controlar|conferir)\w*\b|\bisso n[aã]o pode (ser|acontecer)\b
  `,
  customization: r`
    \bpersonaliz\w*\b|\bmarca pr[oó]pria\b|\b(nossa|minha) (marca|logo)\b|\blogo(marca|tipo)?s?\b
    ~\b(tamanhos?|medidas?|especifica[cç][aã]o\w*|embalage\w*|desenho|estampa\w*|grava[cç][aã]o)\b
    ~\b(cor|cores)\b
    ~\bem (preto|branco|vermelho|azul|verde|amarelo|cinza|rosa|roxo|laranja|marrom|dourado|prata)\b
  `,
  certification: r`
    \bcertific\w*\b|\blaudos?\b|\b(anvisa|inmetro)\b|\brelat[oó]rio de (teste|ensaio)\b
  `,
  catalog_request: r`
    \bcat[aá]logos?\b|\b(lista|tabela) de (pre[cç]os|produtos)\b|\bportf[oó]lio\b
    \b(quais|que) produtos (voc[eê]s |vcs )?(t[eê]m|fabricam|vendem)\b
    \bfichas? t[eé]cnicas?\b|\bespecifica[cç][oõ]es t[eé]cnicas\b
  `,
  opt_out: r`
    \b(n[aã]o|pare de|parem de) (me |nos )?(mande\w*|mandar|envi\w*|contat\w*|contact\w*|escrever|escreva\w*)\b
    \bn[aã]o (tenho|temos) interesse\b|\bsem interesse\b|\bdescadastr\w*\b|\bn[aã]o quero mais\b
  `,
};
