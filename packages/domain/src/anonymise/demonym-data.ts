/**
 * French gentilés (demonyms), written by hand: no openly licensed list of them is on
 * npm. These are facts of the language, not anyone's work. Each entry is the masculine
 * singular; its feminine and plurals are derived by rule (demonyms.ts, `inflect`), and
 * an entry that the rule would get wrong spells its four forms: "m/f/mp/fp".
 *
 * Left out on purpose:
 * - "français": the nationality of nearly every client of a French practice, it tells
 *   nothing about where she lives, and masking it would touch every other text;
 * - "européen", "africain", "méridional"… : wider than a country, they point at no place;
 * - "créole": a family of languages and peoples spread over several oceans;
 * - Colombes ("colombien"), whose gentilé is the country's; Lourdes, Le Tampon and
 *   Beaujolais, whose gentilés are a verb ("je lourdais", "je tamponnais") or a wine;
 * - forms whose everyday meaning is something else ("limousine", a car; "béarnaise"
 *   and "vichyssoise", a sauce and a soup; "charentaise", a slipper; "arlésienne", the
 *   one who never comes; "ornais", of the verb "orner"): see SKIPPED_FORMS; and the
 *   forms that, with a capital, are the place itself ("la Suisse", "la Lorraine",
 *   "en Corse"): CAPITALISED_PLACES, left to the places list.
 *
 * Checked against the French dictionary the lexicon loads: 471 of the 1,590 forms are
 * in it, nearly all as the demonym itself; the others ("gratin dauphinois", "sauce
 * hollandaise", "une canadienne") are rare in a coach's notes and masking them is a
 * nuisance, not a leak. Cooking and manners ("à la lyonnaise", "à l'anglaise"), a
 * verb ("ça se corse") and languages ("en anglais", "cours d'allemand") are read in
 * their sentence (demonyms.ts).
 */

/** Communes of about 50,000 inhabitants or more, and the smaller préfectures and towns whose names everyone knows. */
export const CITY_DEMONYMS = [
  'parisien', 'marseillais', 'lyonnais', 'toulousain', 'niçois', 'nantais', 'montpelliérain', 'strasbourgeois', 'bordelais', 'lillois',
  'rennais', 'rémois', 'toulonnais', 'stéphanois', 'havrais', 'grenoblois', 'dijonnais', 'angevin', 'villeurbannais', 'dionysien',
  'nîmois', 'clermontois', 'aixois', 'manceau', 'brestois', 'tourangeau', 'amiénois', 'limougeaud', 'annécien', 'perpignanais',
  'boulonnais', 'messin', 'bisontin', 'orléanais', 'argenteuillais', 'rouennais', 'montreuillois', 'mulhousien', 'caennais', 'nancéien',
  'roubaisien', 'tourquennois', 'nanterrien', 'vitriot', 'avignonnais', 'cristolien', 'dunkerquois', 'asniérois', 'versaillais',
  'courbevoisien', 'albertivillarien', 'aulnaysien', 'rueillois', 'palois', 'rochelais', 'campinois', 'antibois', 'saint-maurien',
  'cannois', 'calaisien', 'biterrois', 'saint-pierrois', 'drancéen', 'mérignacais', 'ajaccien', 'nazairien', 'colmarien', 'isséen',
  'noiséen', 'évryen', 'vénissian', 'cergyssois', 'levalloisien', 'valentinois', 'berruyer/berruyère/berruyers/berruyères', 'pessacais',
  'cayennais', 'ivryen', 'quimpérois', 'seynois', 'antonien', 'villeneuvois', 'clichois', 'troyen', 'neuilléen', 'montalbanais',
  'niortais', 'chambérien', 'sarcellois', 'pantinois', 'lorientais', 'beauvaisien', 'maisonnais', 'hyérois', 'spinassien', 'meldois',
  'chellois', 'villejuifois', 'narbonnais', 'yonnais', 'choletais', 'saint-quentinois', 'balbynien', 'bondynois', 'vannetais',
  'fréjusien', 'arlésien', 'clamartois', 'sartrouvillois', 'grassois', 'lavallois', 'belfortain', 'bayonnais', 'ébroïcien', 'massicois',
  'cherbourgeois', 'vincennois', 'malouin', 'blésois', 'briviste', 'carolomacérien', 'annemassien', 'albigeois', 'chartrain', 'sétois',
  'martégal', 'briochin', 'bastiais', 'angoumoisin', 'tarbais', 'castrais', 'carcassonnais', 'compiégnois', 'burgien', 'gapençais',
  'alésien', 'saint-germanois', 'castelroussin', 'aubagnais', 'agenais', 'mâconnais', 'thionvillois', 'roannais', 'auxerrois',
  'chalonnais', 'châlonnais', 'montilien', 'douaisien', 'arrageois', 'lensois', 'valenciennois', 'audonien', 'putéolien', 'montluçonnais',
  'vichyssois', 'aurillacois', 'ponot', 'ruthénois', 'cadurcien', 'mendois', 'fuxéen', 'auscitain', 'dacquois', 'biarrot',
  'chamoniard', 'thononais', 'royannais', 'cognaçais', 'saintais', 'rochefortais', 'châtelleraudais', 'saumurois', 'lexovien', 'bajocasse',
  'alençonnais', 'dieppois', 'rambolitain', 'bellifontain', 'melunais', 'pisciacais', 'pontoisien', 'soissonnais', 'laonnois', 'sparnacien',
  'sedanais', 'verdunois', 'barisien', 'spinalien', 'déodatien', 'haguenauvien', 'montbéliardais', 'lédonien', 'vésulien', 'sénonais',
  'moulinois', 'foyalais', 'pointois', 'abymien', 'nouméen', 'saint-paulois', 'saint-louisien', 'bourgetin',
];

/** Regions, old and new, historic provinces and départements, by their usual gentilé. */
export const REGION_DEMONYMS = [
  // Regions and provinces.
  'francilien', 'breton', 'normand', 'alsacien', 'lorrain', 'champenois', 'picard', 'nordiste', 'bourguignon', 'auvergnat', 'limousin',
  'aquitain', 'néo-aquitain', 'languedocien', 'provençal', 'corse', 'savoyard', 'dauphinois', 'rhônalpin', 'ligérien', 'vendéen',
  'poitevin', 'charentais', 'berrichon', 'tourangeau', 'beauceron', 'solognot', 'nivernais', 'morvandiau', 'bressan', 'jurassien',
  'vosgien', 'ardennais', 'bourbonnais', 'gascon', 'béarnais', 'basque', 'catalan', 'occitan', 'cévenol', 'camarguais', 'périgourdin',
  'quercynois', 'rouergat', 'bigourdan', 'landais', 'girondin', 'franc-comtois/franc-comtoise/francs-comtois/francs-comtoises',
  'comtois', 'flamand', 'boulonnais', 'artésien', 'cauchois', 'percheron', 'manceau', 'mayennais', 'sarthois', 'angevin', 'nantais',
  'azuréen', 'niçois', 'varois', 'ultramarin', 'antillais', 'guadeloupéen', 'martiniquais', 'guyanais', 'réunionnais', 'mahorais',
  'calédonien', 'néo-calédonien', 'polynésien', 'tahitien', 'auvergnat', 'forézien', 'lyonnais', 'savoisien',
  // Départements.
  'aindinois', 'axonais', 'bas-alpin', 'haut-alpin', 'maralpin', 'ardéchois', 'ariégeois', 'aubois', 'audois', 'aveyronnais',
  'bucco-rhodanien', 'calvadosien', 'cantalien', 'corrézien', 'costarmoricain', 'creusois', 'dordognais', 'doubien', 'drômois', 'eurois',
  'eurélien', 'finistérien', 'gardois', 'haut-garonnais', 'gersois', 'héraultais', 'brétillien', 'indrien', 'isérois', 'altiligérien',
  'loirétain', 'lotois', 'lot-et-garonnais', 'lozérien', 'mainoligérien', 'manchois', 'marnais', 'haut-marnais', 'meurthe-et-mosellan',
  'meusien', 'morbihannais', 'mosellan', 'isarien', 'ornais', 'puydômois', 'haut-pyrénéen', 'roussillonnais', 'bas-rhinois', 'haut-rhinois',
  'rhodanien', 'haut-saônois', 'saône-et-loirien', 'haut-savoyard', 'seinomarin', 'seine-et-marnais', 'yvelinois', 'deux-sévrien',
  'samarien', 'tarnais', 'tarn-et-garonnais', 'vauclusien', 'viennois', 'haut-viennois', 'icaunais', 'essonnien', 'altoséquanais',
  'alto-séquanais', 'séquanodionysien', 'séquano-dionysien', 'val-de-marnais', 'valdoisien', 'val-d’oisien', 'loir-et-chérien',
];

/** Nationalities of the countries a French practice meets most, and their peoples. */
export const COUNTRY_DEMONYMS = [
  'allemand', 'américain', 'états-unien', 'étasunien', 'anglais', 'britannique', 'écossais', 'irlandais', 'gallois', 'belge', 'suisse',
  'luxembourgeois', 'monégasque', 'néerlandais', 'hollandais', 'danois', 'suédois', 'norvégien', 'finlandais', 'islandais', 'espagnol',
  'portugais', 'italien', 'grec/grecque/grecs/grecques', 'turc/turque/turcs/turques', 'polonais', 'tchèque', 'slovaque', 'hongrois',
  'roumain', 'bulgare', 'croate', 'serbe', 'slovène', 'ukrainien', 'russe', 'biélorusse', 'autrichien', 'estonien', 'letton', 'lituanien',
  'albanais', 'chypriote', 'maltais', 'marocain', 'algérien', 'tunisien', 'libyen', 'égyptien', 'sénégalais', 'malien', 'ivoirien',
  'camerounais', 'congolais', 'gabonais', 'béninois', 'togolais', 'guinéen', 'nigérian', 'nigérien', 'mauritanien', 'malgache',
  'mauricien', 'comorien', 'rwandais', 'éthiopien', 'kényan', 'sud-africain', 'libanais', 'syrien', 'israélien', 'palestinien',
  'jordanien', 'irakien', 'iranien', 'saoudien', 'koweïtien', 'afghan', 'pakistanais', 'indien', 'bangladais', 'sri-lankais', 'népalais',
  'chinois', 'taïwanais', 'japonais', 'coréen', 'sud-coréen', 'vietnamien', 'thaïlandais', 'cambodgien', 'laotien', 'indonésien',
  'philippin', 'malaisien', 'singapourien', 'australien', 'néo-zélandais', 'canadien', 'québécois', 'mexicain', 'brésilien', 'argentin',
  'chilien', 'péruvien', 'colombien', 'vénézuélien', 'cubain', 'haïtien', 'bolivien', 'uruguayen', 'paraguayen', 'équatorien',
  'arménien', 'géorgien', 'arabe', 'kurde', 'berbère', 'kabyle',
];

/** Forms whose everyday meaning is another thing than a people or a place (folded). */
export const SKIPPED_FORMS = ['limousine', 'limousines', 'bearnaise', 'bearnaises', 'vichyssoise', 'vichyssoises', 'charentaise', 'charentaises', 'arlesienne', 'ornais'];

/** Forms that, capitalised, name the place itself rather than its people (folded). */
export const CAPITALISED_PLACES = ['corse', 'suisse', 'lorraine', 'argentine', 'philippines'];

/**
 * English nationalities, as English writes them, with a capital ("her Irish mobile", "a
 * German client"): a country, which names no one; the plural nouns are derived by rule
 * (vocabulary.ts). One word each: the tokens are read one by one. Left out: those that are
 * also surnames ("Dawn French", "Mr English", "Ms Welsh", "Scott") or popular first names
 * ("Thaïs", the plural of "Thai"), and "Argentine", the country in French.
 */
export const ENGLISH_NATIONALITIES: readonly string[] = [
  'Irish', 'Scottish', 'British', 'American', 'Canadian', 'Australian', 'German', 'Italian', 'Spanish', 'Portuguese',
  'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Danish', 'Swedish', 'Norwegian', 'Finnish', 'Icelandic', 'Polish', 'Czech', 'Slovak',
  'Hungarian', 'Romanian', 'Bulgarian', 'Croatian', 'Serbian', 'Slovenian', 'Ukrainian', 'Russian', 'Greek', 'Turkish', 'Cypriot',
  'Maltese', 'Lithuanian', 'Latvian', 'Estonian', 'Albanian', 'Moroccan', 'Algerian', 'Tunisian', 'Egyptian', 'Nigerian', 'Ghanaian',
  'Kenyan', 'Ethiopian', 'Somali', 'Sudanese', 'Senegalese', 'Ivorian', 'Cameroonian', 'Congolese', 'Ugandan', 'Tanzanian', 'Zimbabwean',
  'Zambian', 'Indian', 'Pakistani', 'Bangladeshi', 'Nepali', 'Nepalese', 'Afghan', 'Iranian', 'Iraqi',
  'Syrian', 'Lebanese', 'Israeli', 'Palestinian', 'Jordanian', 'Saudi', 'Emirati', 'Kuwaiti', 'Qatari', 'Chinese', 'Japanese', 'Korean',
  'Vietnamese', 'Filipino', 'Indonesian', 'Malaysian', 'Singaporean', 'Taiwanese', 'Mexican', 'Brazilian', 'Argentinian',
  'Chilean', 'Colombian', 'Peruvian', 'Venezuelan', 'Cuban', 'Jamaican', 'Haitian', 'Dominican',
];
