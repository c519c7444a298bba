/**
 * Organisations every reader knows by name: newspapers, broadcasters and news agencies,
 * large companies and brands, institutions. General knowledge, kept short; folded on load.
 *
 * A client's employer is identifying whether or not it is on this list ("elle est chez
 * Thales"): the list does not let a name through, it tells the anonymiser that "Thomson",
 * "Sony" or "Le Monde" — also first names, or common words after an article — name an
 * organisation and not a person, so the replacement reads right ("l'entreprise A", not
 * "[Personne 3]"). A word of the list in a run with a first name ("Thomas Orange") is
 * still read as a person by the rules before this one.
 *
 * Names that begin with an article are written with it ("Le Monde"): only with it are
 * they the newspaper.
 */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  // Press, broadcasters and news agencies.
  'Le Monde', 'Le Figaro', 'Libération', 'Les Échos', "L'Équipe", "L'Humanité", 'Le Parisien', 'La Croix', "L'Express", 'Le Point',
  "L'Obs", 'Le Nouvel Observateur', 'Marianne', 'Télérama', 'Mediapart', 'Le Canard enchaîné', 'La Tribune', 'Ouest-France', 'Sud Ouest',
  'La Dépêche', 'Le Progrès', 'La Voix du Nord', 'Le Télégramme', "Les Dernières Nouvelles d'Alsace", 'Le Dauphiné libéré', 'Nice-Matin',
  'La Provence', 'Paris Match', 'Challenges', 'Capital', 'Le Journal du dimanche', 'Courrier international', 'Le Monde diplomatique',
  'Reuters', 'Bloomberg', 'Associated Press', 'AFP', 'TF1', 'France 2', 'France 3', 'France 5', 'France Télévisions', 'Radio France',
  'France Inter', 'France Culture', 'France Info', 'Franceinfo', 'Arte', 'Canal+', 'M6', 'BFM', 'BFMTV', 'LCI', 'CNews', 'RTL', 'Europe 1',
  'RMC', 'RFI', 'BBC', 'CNN', 'Fox News', 'Al Jazeera', 'The Guardian', 'The Times', 'The New York Times', 'New York Times',
  'The Washington Post', 'Washington Post', 'The Economist', 'Financial Times', 'The Wall Street Journal', 'Wall Street Journal',
  'Der Spiegel', 'El País', 'Wikipédia', 'Wikipedia',
  // Companies and brands.
  'Google', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Facebook', 'Meta', 'Instagram', 'WhatsApp', 'Twitter', 'LinkedIn', 'YouTube',
  'TikTok', 'Netflix', 'Spotify', 'Uber', 'Airbnb', 'Tesla', 'IBM', 'Intel', 'Oracle', 'Salesforce', 'SAP', 'Samsung', 'Sony', 'Nintendo',
  'Toshiba', 'Panasonic', 'Philips', 'Siemens', 'Bosch', 'Nokia', 'Ericsson', 'Huawei', 'Xiaomi', 'Alibaba', 'Disney', 'Walt Disney',
  'Warner', 'Universal', 'Paramount', 'Coca-Cola', 'Pepsi', 'PepsiCo', "McDonald's", 'Nestlé', 'Unilever', 'Procter & Gamble', 'Nike',
  'Adidas', 'Puma', 'Zara', 'H&M', 'Ikea', 'Lego', 'Toyota', 'Honda', 'Nissan', 'Volkswagen', 'BMW', 'Mercedes', 'Mercedes-Benz', 'Audi',
  'Porsche', 'Ferrari', 'Fiat', 'Ford', 'General Motors', 'Chrysler', 'Stellantis', 'Boeing', 'Lockheed Martin', 'Shell', 'BP',
  'ExxonMobil', 'Exxon', 'Chevron', 'Gazprom', 'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'Deutsche Bank', 'HSBC', 'Barclays', 'UBS',
  'Visa', 'Mastercard', 'PayPal', 'Pfizer', 'Novartis', 'Roche', 'Bayer', 'Johnson & Johnson', 'AstraZeneca', 'Moderna', 'Accenture',
  'Deloitte', 'KPMG', 'EY', 'PwC', 'McKinsey', 'Capgemini', 'Atos', 'Sopra Steria', 'Dassault', 'Dassault Systèmes', 'Airbus', 'Thales',
  'Thomson', 'Safran', 'Alstom', 'Areva', 'Orano', 'Framatome', 'EDF', 'Engie', 'GDF Suez', 'Veolia', 'Suez', 'TotalEnergies', 'Total Energies', 'Elf',
  'Michelin', 'Renault', 'Peugeot', 'Citroën', 'PSA', 'Valeo', 'Faurecia', 'Forvia', 'Danone', "L'Oréal", 'LVMH', 'Kering', 'Hermès',
  'Chanel', 'Dior', 'Louis Vuitton', 'Saint-Gobain', 'Lafarge', 'Bouygues', 'Vinci', 'Eiffage', 'Schneider Electric', 'Legrand',
  'Air Liquide', 'Sanofi', 'Servier', 'Ipsen', 'bioMérieux', 'Pernod Ricard', 'Lactalis', 'Bonduelle', 'Carrefour', 'Auchan', 'Leclerc',
  'Intermarché', 'Casino', 'Monoprix', 'Fnac', 'Darty', 'Decathlon', 'Leroy Merlin', 'Castorama', 'Sephora', 'Kiabi', 'Publicis',
  'Havas', 'Vivendi', 'Canal Plus', 'Lagardère', 'Hachette', 'Gallimard', 'Ubisoft', 'Orange', 'SFR', 'Free', 'Iliad', 'Bouygues Telecom',
  'SNCF', 'RATP', 'La Poste', 'Air France', 'Air France-KLM', 'KLM', 'Lufthansa', 'Ryanair', 'easyJet', 'Accor', 'Sodexo', 'Elior',
  'Adecco', 'Manpower', 'Randstad', 'BNP Paribas', 'BNP', 'Société Générale', 'Crédit Agricole', 'Crédit Mutuel', 'Crédit Lyonnais',
  'LCL', 'Caisse d\'Épargne', 'Banque Populaire', 'La Banque Postale', 'AXA', 'Allianz', 'Generali', 'Groupama', 'MAIF', 'MACIF', 'Natixis',
  'Amundi', 'Clearstream', 'Euronext',
  // The large employers of France a reader knows, whose name is also a word ("Total", "Free").
  'Total', 'Lidl', 'Aldi', 'Système U', 'Super U', 'Franprix', 'Biocoop', 'Conforama', 'Cdiscount', 'Galeries Lafayette', 'BHV',
  'Bricomarché', 'Norauto', 'Enedis', 'GRDF', 'RTE', 'Dalkia', 'Transdev', 'Keolis', 'Geodis', 'Orpea', 'Korian', 'Clariane',
  'Malakoff Humanis', 'AG2R', 'AG2R La Mondiale', 'Harmonie Mutuelle', 'MGEN', 'Matmut', 'Covéa', 'Apicil', 'Klesia', 'CIC',
  'Caisse des Dépôts', 'Bpifrance', 'Boursorama', 'Alten', 'Altran', 'CGI', 'Inetum', 'Worldline', 'Criteo', 'OVHcloud', 'OVH', 'Nexity',
  'Foncia', 'Spie', 'Naval Group', 'MBDA', 'Nexans', 'Rexel', 'Arkema', 'Solvay', 'Doctolib', 'BlaBlaCar', 'Back Market', 'Qonto',
  'Vinted', 'Leboncoin', 'Deezer', 'Apec', 'BPCE', 'Groupe BPCE', 'Arkéa', 'Crédit Mutuel Arkéa', 'La Mutuelle Générale', 'Macif', 'MMA',
  'Habitat et Humanisme', 'Les Jardins de Cocagne', 'Apprentis d\'Auteuil', 'France Active', 'Pôle Santé Travail',
  // The large employers of Britain and Ireland, several of them words ("Boots", "Shell", "Virgin"). Not "Next", which
  // opens too many clauses ("21st. Next we…") the tokenizer does not see begin: made the retailer, it would be masked in all.
  'Boots', 'Tesco', "Sainsbury's", 'Asda', 'Morrisons', 'Waitrose', 'John Lewis', 'Marks & Spencer', 'Greggs', 'Primark', 'Argos',
  'Currys', 'Lloyds', 'Lloyds Banking Group', 'NatWest', 'Santander', 'Nationwide', 'Aviva', 'Prudential', 'Legal & General', 'Vodafone',
  'BT', 'Virgin', 'Virgin Media', 'Virgin Atlantic', 'Virgin Money', 'ITV', 'Channel 4', 'Rolls-Royce', 'BAE Systems', 'GSK',
  'GlaxoSmithKline', 'Diageo', 'Burberry', 'Jaguar Land Rover', 'Network Rail', 'Royal Mail', 'NHS', 'Capita', 'Serco', 'Ocado',
  'Deliveroo', 'Just Eat', 'Pret A Manger', 'Costa Coffee', 'Whitbread', 'Premier Inn', 'Specsavers', 'WHSmith', 'Halfords', 'Wickes',
  'Dunelm', 'Kingfisher', 'Aer Lingus', 'Bank of Ireland', 'AIB', 'Eir', 'Penneys', 'Dunnes Stores', 'Bank of England',
  // The large employers of the United States.
  'Walmart', 'Target', 'Costco', 'Home Depot', 'Walgreens', 'CVS', 'Kroger', 'Starbucks', 'Wells Fargo', 'Bank of America', 'Citi', 'Citigroup',
  'Citibank', 'American Express', 'Verizon', 'AT&T', 'Comcast', 'Dell', 'HP', 'Hewlett-Packard', 'Cisco', 'Nvidia', 'Adobe', 'General Electric',
  'UnitedHealth', 'Kaiser Permanente', 'Mayo Clinic', 'Delta Air Lines', 'United Airlines', 'American Airlines', 'FedEx', 'UPS', 'Raytheon',
  'BlackRock', 'JPMorgan Chase', 'Slack', 'Zoom', 'Notion', 'Calendly', 'Snapchat', 'Pinterest', 'Reddit', 'Glassdoor',
  // Institutions.
  'Pôle emploi', 'France Travail', 'Assurance maladie', 'URSSAF', 'Unédic', 'Insee', 'CNRS', 'Inserm', 'INRAE', 'CNES', 'CEA', 'Sorbonne',
  'Sciences Po', 'HEC', 'ESSEC', 'INSEAD', 'Polytechnique', 'ENA', 'Harvard', 'Stanford', 'MIT', 'Oxford University', 'Cambridge University',
  'Nations unies', 'ONU', 'OTAN', 'NATO', 'UNESCO', 'Unicef', 'OMS', 'FMI', 'OCDE', 'Banque mondiale', 'Commission européenne',
  'Parlement européen', 'Conseil constitutionnel', "Conseil d'État", 'Cour des comptes', 'Sénat', 'Assemblée nationale', 'Élysée',
  'Matignon', 'Quai d\'Orsay', 'Bercy', 'Croix-Rouge', 'Médecins sans frontières', 'Emmaüs', 'Restos du cœur', 'Secours populaire',
  'Secours catholique', 'Petits Frères des Pauvres', 'Apprentis d\'Auteuil', 'Fondation Abbé Pierre', 'Greenpeace', 'Amnesty International', 'Interpol', 'Europol',
  'Save the Children', 'Oxfam', "Barnardo's", 'Cancer Research UK', 'British Heart Foundation', 'Macmillan Cancer Support', 'RSPCA',
  'National Trust', 'British Red Cross', 'Red Cross', 'Age UK', 'Bill & Melinda Gates Foundation', 'Gates Foundation', 'Wellcome Trust',
];
