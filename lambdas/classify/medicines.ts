// Medicines named in records: an order's line item ("Sertraline 50mg tablets"), a pharmacy's
// dispensed item, a note ("started on metformin"). Buying or being given a medicine tells of the
// person's health: data concerning health (GDPR Art. 4(15), Recital 35); the CJEU held that the
// data a customer enters when ordering pharmacy-only medicines online is health data, even for
// medicines sold without a prescription (C-21/23, Lindenapotheke, 4 October 2024).
//
// The list holds prescription medicines' international non-proprietary names (INN, with the US
// and British spellings where they differ) and widely known brand names. Left out on purpose:
// medicines sold off the shelf in shops (ibuprofen, paracetamol, aspirin, antihistamines,
// omeprazole, nicotine), vitamins and supplements, and names that are also common words, given
// names, places or companies (lithium, Soma, Norco, Exelon, Sonata, Mirena, Yasmin, Yaz).

/** International non-proprietary names, in their English spelling. */
const INNS: ReadonlySet<string> = new Set(`
atorvastatin simvastatin rosuvastatin pravastatin lovastatin pitavastatin ezetimibe fenofibrate gemfibrozil evolocumab alirocumab
amlodipine lisinopril enalapril ramipril perindopril captopril losartan valsartan irbesartan candesartan olmesartan telmisartan
hydrochlorothiazide chlorthalidone indapamide bendroflumethiazide furosemide frusemide bumetanide torsemide spironolactone eplerenone
metoprolol atenolol bisoprolol carvedilol propranolol nebivolol labetalol diltiazem verapamil nifedipine felodipine doxazosin clonidine
hydralazine digoxin amiodarone sotalol flecainide dronedarone isosorbide ranolazine sacubitril ivabradine
warfarin apixaban rivaroxaban dabigatran edoxaban enoxaparin dalteparin heparin clopidogrel prasugrel ticagrelor
metformin glipizide glimepiride gliclazide glibenclamide glyburide pioglitazone sitagliptin linagliptin saxagliptin alogliptin
empagliflozin dapagliflozin canagliflozin ertugliflozin semaglutide liraglutide dulaglutide exenatide tirzepatide insulin glucagon
levothyroxine l-thyroxine thyroxine liothyronine carbimazole methimazole propylthiouracil
sertraline fluoxetine citalopram escitalopram paroxetine fluvoxamine venlafaxine desvenlafaxine duloxetine bupropion mirtazapine
trazodone vortioxetine vilazodone amitriptyline nortriptyline imipramine clomipramine doxepin phenelzine tranylcypromine buspirone
quetiapine olanzapine risperidone aripiprazole brexpiprazole cariprazine ziprasidone lurasidone paliperidone clozapine haloperidol
chlorpromazine lamotrigine valproate divalproex carbamazepine oxcarbazepine levetiracetam topiramate zonisamide phenytoin lacosamide
gabapentin pregabalin clonazepam lorazepam diazepam alprazolam temazepam oxazepam chlordiazepoxide zolpidem zopiclone eszopiclone
methylphenidate dexmethylphenidate lisdexamfetamine dextroamphetamine dexamfetamine amphetamine atomoxetine guanfacine modafinil armodafinil
donepezil memantine rivastigmine galantamine lecanemab donanemab levodopa carbidopa pramipexole ropinirole rasagiline selegiline entacapone
sumatriptan rizatriptan zolmitriptan eletriptan naratriptan rimegepant ubrogepant erenumab galcanezumab fremanezumab
oxycodone hydrocodone hydromorphone morphine fentanyl tapentadol tramadol codeine buprenorphine methadone naltrexone nalmefene
disulfiram acamprosate varenicline baclofen tizanidine cyclobenzaprine methocarbamol
prednisone prednisolone methylprednisolone dexamethasone budesonide beclometasone beclomethasone salbutamol albuterol salmeterol
formoterol tiotropium ipratropium umeclidinium montelukast roflumilast omalizumab mepolizumab dupilumab
methotrexate hydroxychloroquine sulfasalazine leflunomide azathioprine mycophenolate tacrolimus ciclosporin cyclosporine
adalimumab etanercept infliximab golimumab certolizumab abatacept tocilizumab sarilumab tofacitinib baricitinib upadacitinib
ustekinumab risankizumab guselkumab secukinumab ixekizumab apremilast vedolizumab ocrelizumab natalizumab fingolimod glatiramer teriflunomide
allopurinol febuxostat colchicine alendronate risedronate ibandronate denosumab raloxifene teriparatide
estradiol oestradiol progesterone medroxyprogesterone norethisterone norethindrone levonorgestrel desogestrel drospirenone etonogestrel
ethinylestradiol ulipristal mifepristone misoprostol clomifene clomiphene follitropin letrozole anastrozole exemestane tamoxifen fulvestrant
testosterone finasteride dutasteride tamsulosin alfuzosin silodosin oxybutynin tolterodine solifenacin mirabegron
sildenafil tadalafil vardenafil avanafil isotretinoin tretinoin doxycycline minocycline lymecycline
amoxicillin co-amoxiclav azithromycin clarithromycin erythromycin cefalexin cephalexin ciprofloxacin levofloxacin nitrofurantoin
trimethoprim sulfamethoxazole metronidazole clindamycin flucloxacillin fluconazole itraconazole valaciclovir valacyclovir aciclovir
acyclovir oseltamivir nirmatrelvir tenofovir emtricitabine efavirenz dolutegravir bictegravir raltegravir cabotegravir rilpivirine
abacavir lamivudine zidovudine darunavir atazanavir lenacapavir sofosbuvir ledipasvir velpatasvir glecaprevir isoniazid rifampicin rifampin
ondansetron metoclopramide prochlorperazine domperidone pantoprazole mesalazine mesalamine ursodiol ursodeoxycholic linaclotide
lubiprostone rifaximin pancrelipase epoetin filgrastim pegfilgrastim
imatinib capecitabine cyclophosphamide doxorubicin paclitaxel docetaxel carboplatin cisplatin oxaliplatin fluorouracil gemcitabine
pembrolizumab nivolumab ipilimumab atezolizumab durvalumab trastuzumab pertuzumab bevacizumab rituximab palbociclib ribociclib
abemaciclib osimertinib erlotinib enzalutamide abiraterone leuprorelin leuprolide goserelin lenalidomide ibrutinib venetoclax olaparib
temozolomide phentermine desmopressin cabergoline bromocriptine somatropin hydroxyzine glargine lispro aspart detemir degludec isophane
`.trim().split(/\s+/));

/** Brand names, written alike in every language. */
const BRANDS: ReadonlySet<string> = new Set(`
rilatine pantomed
ozempic wegovy rybelsus mounjaro zepbound saxenda victoza trulicity byetta bydureon januvia janumet jardiance farxiga forxiga invokana
glucophage lantus basaglar toujeo levemir tresiba humalog novolog novorapid apidra fiasp lyumjev humulin novolin
synthroid levoxyl euthyrox tirosint cytomel lipitor crestor zocor pravachol livalo zetia repatha praluent
eliquis xarelto coumadin plavix brilinta pradaxa lovenox entresto lasix
prozac zoloft lexapro cipralex celexa paxil seroxat effexor pristiq cymbalta wellbutrin zyban trintellix brintellix viibryd remeron
buspar seroquel zyprexa risperdal geodon rexulti vraylar caplyta clozaril haldol lamictal depakote epilim tegretol trileptal keppra
topamax zonegran dilantin vimpat lyrica neurontin xanax valium ativan klonopin rivotril restoril ambien stilnoct lunesta
adderall ritalin concerta focalin vyvanse elvanse strattera intuniv provigil
aricept namenda ebixa sinemet madopar mirapex requip azilect imitrex maxalt zomig nurtec ubrelvy aimovig emgality ajovy
oxycontin percocet vicodin dilaudid ultram suboxone subutex sublocade vivitrol chantix champix antabuse campral
medrol plaquenil imuran cellcept prograf humira enbrel remicade simponi cimzia orencia actemra xeljanz olumiant rinvoq
stelara skyrizi tremfya cosentyx taltz otezla dupixent entyvio ocrevus tecfidera gilenya copaxone tysabri aubagio kesimpta
keytruda opdivo yervoy tecentriq imfinzi herceptin perjeta avastin rituxan gleevec glivec tarceva tagrisso ibrance kisqali verzenio
xtandi zytiga lupron zoladex arimidex femara aromasin nolvadex revlimid imbruvica venclexta lynparza xeloda temodar
epogen procrit aranesp neupogen neulasta
spiriva advair seretide symbicort breo trelegy dulera fostair qvar pulmicort ventolin proair proventil atrovent combivent
flomax xifaxan linzess amitiza lialda asacol pentasa zofran
bactrim septra levaquin keflex augmentin zithromax doryx flagyl macrobid diflucan valtrex zovirax tamiflu paxlovid
truvada descovy biktarvy genvoya stribild triumeq dovato juluca cabenuva apretude odefsey complera atripla symtuza prezista isentress
tivicay epclusa harvoni mavyret sovaldi vosevi
accutane roaccutane absorica propecia proscar avodart viagra cialis levitra
microgynon rigevidon cerazette loestrin nexplanon depo-provera nuvaring kyleena paragard clomid estrace vagifem premarin prempro
utrogestan prometrium androgel evorel oestrogel xenical contrave qsymia adipex epipen
`.trim().split(/\s+/));

/** Words that may follow a medicine's name in a product or an item: its salt, its form, how it is released. */
const MEDICINE_QUALIFIERS: ReadonlySet<string> = new Set(`
tablet tablets tab tabs capsule capsules cap caps pen pens injection injections injectable solution suspension syrup cream gel
ointment patch patches inhaler inhalers spray drops oral er xr sr xl la cr dr mr odt ir hcl hydrochloride sodium potassium calcium
magnesium maleate succinate tartrate besylate besilate mesylate mesilate citrate sulfate sulphate phosphate acetate fumarate bromide
dipropionate propionate valerate furoate extended delayed modified prolonged film-coated dispersible chewable vial vials prefilled
autoinjector auto-injector flexpen flextouch kwikpen solostar starter
hydrochlorid natrium kalium mesilat maleat succinat tartrat besilat citrat sulfat phosphat acetat fumarat
tabletten filmtabletten hartkapseln weichkapseln kapseln tropfen spritze injektionslösung comprimés comprimes comprimé comprime
comprimidos comprimido cápsulas capsulas compresse compressa capsule gélules gelules solución solucion soluzione
`.trim().split(/\s+/));

/**
 * Whether a word (lower case) names a medicine, as English writes it or as other languages do: German
 * and the Nordic languages drop the final "e" (Sertralin, Amlodipin), French keeps it where English has
 * none (metformine), Spanish and Italian end in "a" or "o" (sertralina, amlodipino).
 */
function isMedicineWord(word: string): boolean {
  if (INNS.has(word) || BRANDS.has(word)) return true;
  if (word.length < 6) return false;
  const last = word.charCodeAt(word.length - 1);
  const stem = word.slice(0, -1);
  if (last === 101 /* e */) return INNS.has(stem);
  if (last === 97 /* a */ || last === 111 /* o */) return INNS.has(stem) || INNS.has(`${stem}e`);
  return INNS.has(`${word}e`);
}

/** A strength, as a medicine's name is followed by it ("50 mg", "100units/ml", "0,5 mg", "40 I.E."). */
const STRENGTH = /\d(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|ml|iu|i\.e\.|units?|microgram|milligram)s?(?![a-z])/i;

/** Makers of generic medicines, written after the medicine's name ("Sertralin-ratiopharm", "L-Thyroxin Henning", "Sertralina Normon"). */
const MAKERS: ReadonlySet<string> = new Set(`
ratiopharm hexal stada heumann aliud abz teva mylan viatris sandoz zentiva actavis accord aurobindo krka henning winthrop normon
cinfa kern biogaran arrow zydus almus puren neuraxpharm betapharm beta axcount glenmark apotex
`.trim().split(/\s+/));

/** A letter: ASCII, or any past Latin-1's symbols (é, ü, ß), so that "spécialisé" is one word and no "cialis". */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 192 && code !== 215 && code !== 247);
}

/** The end of the word (letters, and hyphens inside it: "co-amoxiclav") that starts at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLetter(code) || (code === 45 /* - */ && end > start && isLetter(text.charCodeAt(end + 1)))) end++;
    else break;
  }
  return end;
}

/**
 * Whether a value names a medicine as a product or an item does: "Sertraline 50mg tablets",
 * "Ozempic 1 mg pen", "Insulin glargine", "Carbidopa/Levodopa", "Finasteride". Not a sentence
 * that happens to begin with one ("Crestor Lane"): after the name come only its strength, its
 * form or salt, or another medicine. An order line's quantity before it is read past, and each of a list's items.
 */
export function isMedicineValue(value: string): boolean {
  if (isMedicineItem(withoutQuantity(value))) return true;
  // An order's items one after another ("1x Zahnseide 50 m | 1x Sertralin 50 mg Filmtabletten N3").
  return value.includes(' | ') && value.split(' | ').some((item) => isMedicineItem(withoutQuantity(item.trim())));
}

/** An order line's item without the quantity before it ("1x Sertralin 50 mg", "2 x Metformin", "1 × Ozempic"). */
function withoutQuantity(item: string): string {
  const first = item.charCodeAt(0);
  if (first < 48 || first > 57) return item;
  const quantity = /^\d{1,3} ?[x×] /i.exec(item);
  return quantity ? item.slice(quantity[0].length) : item;
}

function isMedicineItem(value: string): boolean {
  if (value.length < 4 || value.length > 120 || !isLetter(value.charCodeAt(0))) return false;
  const end = wordEnd(value, 0);
  if (end < 4) return false;
  const first = value.slice(0, end).toLowerCase();
  if (!isMedicineWord(first)) {
    // A name joined to its maker or its salt: "Sertralin-ratiopharm", "Levothyroxin-Natrium", "Carbidopa-Levodopa".
    const hyphen = first.indexOf('-');
    const tail = first.slice(hyphen + 1);
    return hyphen >= 4 && isMedicineWord(first.slice(0, hyphen)) && (MAKERS.has(tail) || MEDICINE_QUALIFIERS.has(tail) || isMedicineWord(tail));
  }
  let next = end;
  while (next < value.length && value.charCodeAt(next) === 32) next++;
  if (next === value.length) return true;
  const code = value.charCodeAt(next);
  if ((code >= 48 && code <= 57) || code === 47 /* / */ || code === 43 /* + */ || code === 40 /* ( */ || code === 44 /* , */) return true;
  const word = value.slice(next, wordEnd(value, next)).toLowerCase();
  // Or its maker's name, then its strength ("Sertralin Heumann 50 mg", "Sertralina Normon 50 mg comprimidos").
  return MEDICINE_QUALIFIERS.has(word) || MAKERS.has(word) || isMedicineWord(word) || word === 'and' || word === 'with' || STRENGTH.test(value.slice(next, next + 40));
}

/** Names that are also words of a language ("concerta", Spanish for arranges) or of sports nutrition: medicines as items, not in prose. */
const NOT_IN_PROSE: ReadonlySet<string> = new Set(['concerta', 'testosterone', 'glucagon']);

/** Whether a text (a note, a message) names a medicine anywhere ("started on metformin 500 mg"). */
export function namesMedicine(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end - i >= 4) {
      const whole = text.slice(i, end).toLowerCase();
      const hyphen = whole.indexOf('-');
      // "Sertralin-ratiopharm": the name before its maker.
      const word = isMedicineWord(whole) || hyphen < 4 ? whole : whole.slice(0, hyphen);
      if (isMedicineWord(word) && !NOT_IN_PROSE.has(word)) return true;
    }
    i = end;
  }
  return false;
}
