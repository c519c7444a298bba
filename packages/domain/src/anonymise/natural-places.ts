/**
 * Mountains, lakes, rivers, islands, seas and deserts most readers know, in French and
 * English spellings, by the kind of place they are. General knowledge, kept short; folded
 * on load. Not on the lists of communes and countries, they were read as people ("les
 * Pyrénées" as a name of two words, "le lac Léman" as the first name Léman); a place is
 * masked as a place, and generalised to its kind: "près d'un lac", "dans un massif".
 *
 * Rivers that gave their name to a department ("Seine", "Loire") are on the departments'
 * list, and stay there; so do islands that are regions or departments ("Corse", "Martinique"),
 * and any place a list already knows well.
 */
export const NATURAL_PLACES = {
  mountains: [
    'Alpes', 'Alps', 'Pyrénées', 'Pyrenees', 'Massif central', 'Cévennes', 'Morvan', 'Mont Blanc', 'Mont-Blanc', 'Mont Ventoux',
    'Ventoux', 'Chartreuse', 'Vercors', 'Himalaya', 'Everest', 'Andes', 'Rocheuses', 'Rocky Mountains', 'Rockies', 'Appalaches', 'Appalachians',
    'Carpates', 'Carpathians', 'Apennins', 'Apennines', 'Dolomites', 'Caucase', 'Caucasus', 'Oural', 'Urals', 'Kilimandjaro',
    'Kilimanjaro', 'Cervin', 'Matterhorn', 'Tatras', 'Highlands', 'Sierra Nevada',
  ],
  lakes: [
    'Léman', 'Lac Léman', 'Lake Geneva', "Lac d'Annecy", 'Lac du Bourget', 'Lac de Constance', 'Lake Constance', 'Lac Majeur', 'Lake Maggiore',
    'Lac de Côme', 'Lake Como', 'Lac de Garde', 'Lake Garda', 'Loch Ness', 'Lac Baïkal', 'Baïkal', 'Baikal', 'Lac Victoria', 'Lake Victoria',
    'Lac Titicaca', 'Titicaca', 'Lac Tanganyika', 'Tanganyika', 'Grands Lacs', 'Great Lakes', 'Lac Michigan', 'Lac Supérieur',
  ],
  rivers: [
    'Garonne', 'Rhône', 'Rhin', 'Rhine', 'Durance', 'Saône', 'Escaut', 'Scheldt',
    'Danube', 'Tamise', 'Thames', 'Tibre', 'Tiber', 'Pô', 'Elbe', 'Oder', 'Volga', 'Nil', 'Nile', 'Niger', 'Amazone', 'Amazon', 'Mississippi',
    'Missouri', 'Saint-Laurent', 'St. Lawrence', 'Gange', 'Ganges', 'Indus', 'Mékong', 'Mekong', 'Yangtsé', 'Yangtze', 'Euphrate',
    'Euphrates', 'Jourdain', 'Tage', 'Tagus', 'Èbre', 'Ebro', 'Guadalquivir',
  ],
  islands: [
    'Antilles', 'Baléares', 'Balearic Islands', 'Majorque', 'Mallorca', 'Minorque', 'Ibiza', 'Canaries', 'Canary Islands',
    'Tenerife', 'Ténérife', 'Açores', 'Azores', 'Madère', 'Madeira', 'Crète', 'Crete', 'Rhodes', 'Corfou', 'Corfu', 'Cyclades', 'Santorin',
    'Santorini', 'Mykonos', 'Sumatra', 'Java', 'Bornéo', 'Borneo', 'Bali', 'Sri Lanka', 'Zanzibar', 'Hawaï', 'Hawaii', 'Tahiti', 'Bora-Bora',
    'Bora Bora', 'Polynésie', 'Polynesia', 'Nouvelle-Calédonie', 'Galápagos', 'Galapagos', 'Groenland', 'Greenland', 'Sardaigne', 'Sicile',
    'Malte', 'Île Maurice', 'Mauritius', 'Seychelles', 'Maldives', 'Belle-Île', 'Île de Ré', 'Île d\'Oléron', 'Oléron', 'Ouessant',
    'Porquerolles', 'Guernesey', 'Guernsey',
  ],
  seas: [
    'Méditerranée', 'Mediterranean', 'Atlantique', 'Atlantic', 'Pacifique', 'Pacific', 'English Channel', 'Mer du Nord', 'North Sea',
    'Baltique', 'Baltic', 'Mer Noire', 'Black Sea', 'Mer Rouge', 'Red Sea', 'Mer Caspienne', 'Caspienne', 'Adriatique', 'Adriatic', 'Égée', 'Aegean',
    'Océan Indien', 'Indian Ocean', 'Arctique', 'Arctic', 'Mer des Caraïbes', 'Golfe du Mexique', 'Gulf of Mexico', 'Golfe Persique',
    'Persian Gulf', 'Golfe de Gascogne', 'Bay of Biscay', 'Mer d\'Iroise', 'Iroise',
  ],
  /** Deserts, great forests and wild lands. */
  wilds: ['Sahara', 'Sahel', 'Gobi', 'Kalahari', 'Atacama', 'Mojave', 'Sinaï', 'Sinai', 'Néguev', 'Negev', 'Namib', 'Amazonie', 'Amazonia', 'Sibérie', 'Siberia', 'Patagonie', 'Patagonia', 'Laponie', 'Lapland', 'Camargue', 'Brocéliande'],
} as const;

export type NaturalFeature = keyof typeof NATURAL_PLACES;
