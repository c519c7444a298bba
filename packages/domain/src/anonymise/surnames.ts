import { fold } from './text.js';

/**
 * The most frequent surnames in France and in England (general knowledge of their
 * frequency rankings). Many are also common words ("Petit", "Meunier", "Boulanger"),
 * which capitals alone cannot tell from a word: standing alone in a sentence, a
 * capitalised one of these is taken for a name.
 */
export const COMMON_SURNAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux',
  'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefevre', 'Faure',
  'Andre', 'Mercier', 'Blanc', 'Guerin', 'Boyer', 'Garnier', 'Chevalier', 'Francois', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clement',
  'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noel', 'Meyer',
  'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Riviere', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gerard',
  'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas',
  'Lacroix', 'Olivier', 'Philippe', 'Bourgeois', 'Pierre', 'Benoit', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte',
  'Lopez', 'Jean', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Louis', 'Deschamps', 'Huet', 'Vasseur',
  'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam', 'Paris', 'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carre', 'Charles', 'Renault',
  'Charpentier', 'Menard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Herve', 'Schneider', 'Fernandez', 'Le Gall', 'Collet', 'Leger', 'Bouvier',
  'Julien', 'Prevost', 'Millet', 'Perrot', 'Daniel', 'Le Roux', 'Cousin', 'Germain', 'Breton', 'Besson', 'Langlois', 'Remy', 'Le Goff', 'Pelletier',
  'Leveque', 'Perrier', 'Leblanc', 'Barre', 'Lebrun', 'Marchal', 'Weber', 'Mallet', 'Hamon', 'Boulanger', 'Jacob', 'Monnier', 'Michaud', 'Rodriguez',
  'Guichard', 'Gillet', 'Etienne', 'Grondin', 'Poulain', 'Tessier', 'Chevallier', 'Collin', 'Chauvin', 'Da Silva', 'Bouchet', 'Gay', 'Lemaitre',
  'Benard', 'Marechal', 'Humbert', 'Reynaud', 'Antoine', 'Hoarau', 'Perret', 'Barthelemy', 'Cordier', 'Pichon', 'Lejeune', 'Gilbert', 'Lamy',
  'Delaunay', 'Pasquier', 'Carlier', 'Laporte', 'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Baker', 'Turner', 'Hill', 'Cooper', 'Ward',
  'Carter', 'Harris', 'King', 'Lee', 'Scott', 'Morris', 'Cook', 'Parker', 'Young', 'Allen', 'Bennett', 'Price', 'Mitchell', 'Bell', 'Shaw',
];

/** The same surnames, folded, for lookups of a folded word. */
export const FOLDED_SURNAMES: ReadonlySet<string> = new Set(COMMON_SURNAMES.map((n) => fold(n)));

/**
 * Frequent surnames that the French word list also holds as words almost no one writes today
 * ("moreau", a black horse; "fournier", a baker at his oven; "rousseau", red-haired): as words
 * they would hide the surname wherever capitals prove nothing ("Moreau est malade.", "MOREAU a
 * appelé"). The surnames that are everyday words ("Petit", "Boucher", "Fontaine") stay words.
 */
export const SURNAMES_RARE_AS_WORDS: ReadonlySet<string> = new Set(['moreau', 'fournier', 'rousseau', 'mercier', 'brunet', 'jacquet', 'collet', 'bouvier', 'millet', 'pelletier', 'grondin', 'cordier', 'gaillard']);
