/**
 * Our own annotated texts, written for this benchmark in the shape of what a coach
 * anonymises: session notes, an e-mail, a supervision note, a case study draft.
 * Every name, place and number is invented. `[[type|text]]` marks what must be found.
 */
export const FIXTURES: { language: 'fr' | 'en'; text: string }[] = [
  {
    language: 'fr',
    text: `Séance 3 avec [[person|Claire Fontanel]], le [[date|14 mars 2025]] à [[date|9h30]].
[[person|Claire]] revient sur la réunion de lundi avec M. [[person|Besnard]], son N+1 chez [[organisation|Lumio SAS]]. Elle dit que [[person|Besnard]] « ne lâche rien ».
Le [[role|DRH de Lumio]] lui a proposé un entretien. Prochaine séance : le [[date|28 mars]].`,
  },
  {
    language: 'fr',
    text: `Bonjour Madame [[person|Okonkwo]],
Suite à notre échange téléphonique, je vous confirme notre rendez-vous du [[date|mardi 6 mai]] à [[date|14h]], au cabinet : [[place|12 rue des Tanneurs]], [[place|67000 Strasbourg]].
Pour toute question : [[phone|06 71 22 48 93]] ou [[email|contact@cabinet-azur.fr]].
Bien à vous,
[[person|Nathalie Gervais-Roux]]`,
  },
  {
    language: 'fr',
    text: `Note de supervision. La cliente, [[person|Yasmina Benhaddou]], dirige une équipe de douze personnes à [[place|Clermont-Ferrand]] pour le compte de [[organisation|Transports Vallier]]. Son associé, [[person|Hugo Lemarchand]], part à la retraite en juin.
Elle a évoqué le conflit avec [[person|Lemarchand]] et la peur de décevoir [[person|Yasmina]]… pardon, de se décevoir elle-même. Le [[role|PDG de Transports Vallier]] n'est pas au courant.`,
  },
  {
    language: 'fr',
    text: `Dans le tableau, l'élément « [[person|Jean-Baptiste]] » est placé loin de « la mission ». À la place de [[person|Jean-Baptiste]], [[person|Margaux]] ressent de la fatigue (énergie −3). Elle pense à sa sœur [[person|Inès]] qui vit à [[place|Lorient]].
Contact entre deux séances : appel de [[person|Margaux Delaunay]] le [[date|02/06/2025]], au [[phone|+33 6 45 12 78 90]].`,
  },
  {
    language: 'fr',
    text: `Facturation : [[organisation|Atelier Sorel SARL]], SIRET [[identifier|732 829 320 00074]], IBAN [[identifier|FR76 3000 6000 0112 3456 7890 189]]. Référent : [[person|Pascal Sorel]] ([[email|p.sorel@atelier-sorel.fr]]), site [[url|https://www.atelier-sorel.fr/contact]].`,
  },
  {
    language: 'fr',
    text: `COMPTE RENDU — [[person|AMÉLIE VASSEUR]]
[[person|Amélie]] a présenté son projet au comité de direction de [[organisation|Banque Hérault]] le [[date|3 octobre]]. Mme [[person|Vasseur]] était soutenue par [[person|Thierry N'Diaye]], directeur financier. Elle souhaite s'installer à [[place|Montpellier]] avec [[person|Louis]], son fils.`,
  },
  {
    language: 'fr',
    text: `Le groupe s'est réuni deux jours à [[place|Nantes]]. Participants : [[person|Fabien Marchal]], [[person|Sandrine Oudin]], [[person|Kevin Tran]]. Entre les deux journées, [[person|Sandrine]] a appelé le coach au [[phone|07 82 33 10 65]] pour un petit incident avec son manager, [[person|Olivier Paquet]].`,
  },
  {
    language: 'en',
    text: `Session notes, [[date|12 May 2025]]. [[person|Rebecca Lindqvist]] talked about her new role at [[organisation|Harrow & Finch Ltd]]. Her manager, Mr. [[person|Okafor]], wants results by [[date|June 30]]. [[person|Rebecca]]'s partner [[person|Tom]] supports the move to [[place|Edinburgh]].
Next call: [[phone|+44 20 7946 0321]]. Email: [[email|r.lindqvist@harrowfinch.co.uk]].`,
  },
  {
    language: 'en',
    text: `Supervision: the client, [[person|Dev Anand]], is the [[role|CFO of Norrland Shipping]]. He met Dr. [[person|Sarah Whitfield]] on [[date|Tuesday]] in [[place|Bristol]]. [[person|Anand]] said [[person|Whitfield]] "listened for the first time". See [[url|www.norrland-shipping.com]].`,
  },
  {
    language: 'fr',
    text: `Témoignage : « Grâce à ces séances, j'ai pu préparer ma rencontre avec [[person|François]] sereinement. » — [[person|S.]], consultante, [[place|Rennes]].
Le coach, [[person|Anne-Sophie Keller]], a reçu le témoignage par courriel le [[date|5 novembre 2025]].`,
  },
  {
    language: 'fr',
    text: `La consultante évoque [[person|Pierre]], son ancien directeur, et [[person|Rose Martin]], sa collègue. Elle travaille à [[place|Paris]] pour [[organisation|Crédit Mutuel]] depuis [[date|2019]]. Son numéro de sécurité sociale, noté par erreur : [[identifier|2 84 05 75 123 456 78]].`,
  },
];
