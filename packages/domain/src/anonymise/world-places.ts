/**
 * Places the French lists do not hold: continents, the nations of the United Kingdom,
 * common short names of countries, and the world's large cities in their French and
 * English spellings. General knowledge, kept short; folded on load.
 */
export const WORLD_PLACES = {
  countries: [
    'Europe', 'Asie', 'Asia', 'Afrique', 'Africa', 'Amérique', 'America', 'Amérique du Nord', 'Amérique du Sud', 'North America', 'South America',
    'Océanie', 'Oceania', 'Antarctique', 'Moyen-Orient', 'Middle East', 'Maghreb', 'Scandinavie', 'Scandinavia', 'Balkans', 'Caraïbes', 'Caribbean',
    'Angleterre', 'England', 'Écosse', 'Scotland', 'Pays de Galles', 'Wales', 'Irlande du Nord', 'Northern Ireland', 'Grande-Bretagne', 'Great Britain',
    'États-Unis', 'Etats-Unis', 'USA', 'United States', 'UK', 'Hollande', 'Holland', 'Pays-Bas', 'Tchéquie', 'Czechia', 'Birmanie', 'Burma',
    'Côte d\'Ivoire', 'Ivory Coast', 'Congo', 'Corée', 'Korea', 'Québec', 'Quebec', 'Catalogne', 'Catalonia', 'Bavière', 'Bavaria', 'Sicile', 'Sicily',
    'Sardaigne', 'Sardinia', 'Flandre', 'Flanders', 'Wallonie', 'Wallonia', 'Alsace', 'Lorraine', 'Provence', 'Savoie', 'Normandie', 'Bretagne',
  ],
  cities: [
    'Londres', 'London', 'New York', 'New-York', 'Los Angeles', 'San Francisco', 'San-Francisco', 'Chicago', 'Boston', 'Washington', 'Miami', 'Seattle',
    'Montréal', 'Montreal', 'Toronto', 'Vancouver', 'Ottawa', 'Mexico', 'Rio de Janeiro', 'São Paulo', 'Buenos Aires', 'Santiago', 'Lima', 'Bogota',
    'Bruxelles', 'Brussels', 'Anvers', 'Antwerp', 'Liège', 'Gand', 'Ghent', 'Genève', 'Geneva', 'Lausanne', 'Zurich', 'Berne', 'Bern', 'Bâle', 'Basel',
    'Luxembourg', 'Monaco', 'Berlin', 'Munich', 'München', 'Hambourg', 'Hamburg', 'Francfort', 'Frankfurt', 'Cologne', 'Köln', 'Stuttgart', 'Düsseldorf',
    'Vienne', 'Vienna', 'Wien', 'Prague', 'Praha', 'Varsovie', 'Warsaw', 'Cracovie', 'Kraków', 'Budapest', 'Bucarest', 'Bucharest', 'Sofia', 'Belgrade',
    'Zagreb', 'Ljubljana', 'Athènes', 'Athens', 'Istanbul', 'Constantinople', 'Ankara', 'Rome', 'Roma', 'Milan', 'Milano', 'Turin', 'Torino', 'Naples',
    'Napoli', 'Florence', 'Firenze', 'Venise', 'Venice', 'Venezia', 'Gênes', 'Genoa', 'Madrid', 'Barcelone', 'Barcelona', 'Séville', 'Seville', 'Valence',
    'Valencia', 'Bilbao', 'Lisbonne', 'Lisbon', 'Lisboa', 'Porto', 'Amsterdam', 'Rotterdam', 'La Haye', 'The Hague', 'Utrecht', 'Copenhague',
    'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Reykjavik', 'Dublin', 'Édimbourg', 'Edinburgh', 'Glasgow', 'Manchester', 'Liverpool', 'Birmingham',
    'Bristol', 'Leeds', 'Oxford', 'Cambridge', 'Cardiff', 'Belfast', 'Moscou', 'Moscow', 'Saint-Pétersbourg', 'St Petersburg', 'Kiev', 'Kyiv',
    'Minsk', 'Riga', 'Vilnius', 'Tallinn', 'Le Caire', 'Cairo', 'Alger', 'Algiers', 'Oran', 'Constantine', 'Tunis', 'Rabat', 'Casablanca', 'Marrakech',
    'Tanger', 'Tangier', 'Fès', 'Dakar', 'Abidjan', 'Bamako', 'Ouagadougou', 'Niamey', 'Conakry', 'Lomé', 'Cotonou', 'Yaoundé', 'Douala', 'Libreville',
    'Kinshasa', 'Brazzaville', 'Kigali', 'Nairobi', 'Addis-Abeba', 'Addis Ababa', 'Lagos', 'Accra', 'Johannesburg', 'Le Cap', 'Cape Town', 'Antananarivo',
    'Beyrouth', 'Beirut', 'Damas', 'Damascus', 'Jérusalem', 'Jerusalem', 'Tel-Aviv', 'Tel Aviv', 'Bagdad', 'Baghdad', 'Téhéran', 'Tehran', 'Dubaï',
    'Dubai', 'Abou Dhabi', 'Abu Dhabi', 'Doha', 'Riyad', 'Riyadh', 'Bombay', 'Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Calcutta', 'Kolkata',
    'Pékin', 'Beijing', 'Shanghai', 'Hong Kong', 'Canton', 'Shenzhen', 'Tokyo', 'Kyoto', 'Osaka', 'Séoul', 'Seoul', 'Singapour', 'Singapore', 'Bangkok',
    'Hanoï', 'Hanoi', 'Saïgon', 'Hô Chi Minh-Ville', 'Ho Chi Minh City', 'Manille', 'Manila', 'Jakarta', 'Sydney', 'Melbourne', 'Auckland', 'Nouméa',
    'Papeete',
  ],
};
