// Curation for npm run draft:leaders, keyed by the World Factbook's own spelling of a name
// (surnames in capitals): the form English-language news uses where the Factbook's differs (its
// capitals lose accents, it gives full legal names and omits names people go by), the post's
// usual English title where the Factbook's wording is not one, and people left out, with why.

export interface LeaderCuration {
  name?: string;
  aliases?: string[];
  /** Surnames a later mention may use; [] for none (a common surname, a word like "Friday"). */
  shortNames?: string[];
  title?: string;
}

export const LEADER_NAMES: Record<string, LeaderCuration> = {
  'Judith Suminwa TULUKA': {
    name: 'Judith Suminwa',
    aliases: ['Judith Suminwa Tuluka'],
    shortNames: ['Suminwa'],
  },
  'Jose Maria Pereira NEVES': {
    name: 'José Maria Neves',
    aliases: ['José Maria Pereira Neves'],
    shortNames: ['Neves'],
  },
  'Jose Ulisses CORREIA e SILVA': {
    name: 'Ulisses Correia e Silva',
    aliases: ['José Ulisses Correia e Silva'],
    shortNames: ['Correia e Silva'],
  },
  'Abdoulkader Kamil MOHAMED': { shortNames: [] },
  'OBIANG Nguema Mbasogo': {
    name: 'Teodoro Obiang Nguema Mbasogo',
    aliases: ['Teodoro Obiang'],
    shortNames: ['Obiang'],
  },
  'Evariste NDAYISHIMIYE': { name: 'Évariste Ndayishimiye' },
  'Joseph NGUTE': { name: 'Joseph Dion Ngute', aliases: ['Joseph Ngute'] },
  'Ismail Omar GUELLEH': { name: 'Ismaïl Omar Guelleh' },
  'Amadou Oury BAH': { shortNames: [] },
  'Joseph BOAKAI': { aliases: ['Joseph Nyuma Boakai'] },
  'Abdoulaye MAIGA': { name: 'Abdoulaye Maïga' },
  'Mohamed Ould Cheikh el GHAZOUANI': {
    name: 'Mohamed Ould Ghazouani',
    aliases: ['Mohamed Ould Cheikh El Ghazouani', 'Mohamed Ould El Ghazouani'],
    shortNames: ['Ghazouani'],
  },
  'Moctar Ould DIAY': { aliases: ['Moctar Ould Djay'], shortNames: ['Djay', 'Diay'] },
  'Daniel Francisco CHAPO': { aliases: ['Daniel Chapo'] },
  'Maria Benvinda Delfina LEVI': {
    aliases: ['Maria Benvinda Levi', 'Benvinda Levi'],
    shortNames: [],
  },
  'Horta Nta Na MAN': { shortNames: [] },
  'Ilídio Vieira TE': { name: 'Ilídio Vieira Té', shortNames: [] },
  'Jean-Lucien Kwassi Savi de TOVE': {
    name: 'Jean-Lucien Savi de Tové',
    aliases: ['Jean-Lucien Kwassi Savi de Tové'],
    shortNames: [],
  },
  'Faure GNASSINGBE': {
    name: 'Faure Gnassingbé',
    aliases: ['Faure Essozimna Gnassingbé'],
    shortNames: ['Gnassingbé'],
    title: 'President of the Council of Ministers of Togo',
  },
  'Carlos Manuel VILA NOVA': { aliases: ['Carlos Vila Nova'] },
  "Américo d'Oliveira DOS RAMOS": {
    name: 'Américo Ramos',
    aliases: ["Américo d'Oliveira dos Ramos"],
    shortNames: [],
  },
  'Rimtalba Jean Emmanuel OUEDRAOGO': {
    name: 'Rimtalba Jean Emmanuel Ouédraogo',
    aliases: ['Jean Emmanuel Ouédraogo'],
    shortNames: [],
  },
  'Russell DLAMINI': { aliases: ['Russell Mmiso Dlamini'], shortNames: [] },
  'Sitiveni Ligamamada RABUKA': { aliases: ['Sitiveni Rabuka'] },
  'Naiqama LALABALAVU': { aliases: ['Ratu Naiqama Lalabalavu'] },
  'Feleti Penitala TEO': { aliases: ['Feleti Teo'] },
  "LA'AULIALEMALIETOA La'auli Leuatea Schmidt": {
    name: "La'auli Leuatea Schmidt",
    aliases: ["La'aulialemalietoa Leuatea Schmidt"],
    shortNames: [],
  },
  'Jeffrey Davidson BOSTIC': { aliases: ['Jeffrey Bostic'] },
  'Mia MOTTLEY': { aliases: ['Mia Amor Mottley'] },
  'John BRICENO': { name: 'John Briceño' },
  'Terrance DREW': { shortNames: [] },
  'Philip J. PIERRE': { aliases: ['Philip Pierre'], shortNames: [] },
  'Kamla Susheila PERSAD-BISSESSAR': { aliases: ['Kamla Persad-Bissessar'] },
  'Godwin FRIDAY': { shortNames: [] },
  'Dickon MITCHELL': { shortNames: [] },
  // Sultan since 1967, prime minister only since 1984: the Factbook's joint title dates from 1967.
  'HASSANAL Bolkiah': {
    aliases: ['Sultan Hassanal Bolkiah'],
    shortNames: [],
    title: 'Sultan of Brunei',
  },
  'CHOE Ryong Hae': {
    title: 'President of the Standing Committee of the Supreme People’s Assembly (North Korea)',
  },
  'SONEXAY Siphandon': { name: 'Sonexay Siphandone', aliases: ['Sonexay Siphandon'] },
  'Ukhnaagiin KHURELSUKH': { aliases: ['Ukhnaa Khurelsukh'] },
  'Gombojavyn ZANDANSHATAR': { aliases: ['Gombojav Zandanshatar'] },
  'IBRAHIM ibni al-Marhum Sultan Iskandar': {
    name: 'Sultan Ibrahim Iskandar',
    aliases: ['Ibrahim Iskandar', 'Sultan Ibrahim of Johor'],
    shortNames: [],
    title: 'King of Malaysia (Yang di-Pertuan Agong)',
  },
  'Kay Rala Xanana GUSMAO': {
    name: 'Xanana Gusmão',
    aliases: ['Kay Rala Xanana Gusmão'],
    shortNames: ['Gusmão'],
  },
  'Xavier Espot ZAMORA': { shortNames: ['Espot'] },
  PHILIPPE: { name: 'King Philippe', aliases: ['Philippe of Belgium'], shortNames: [] },
  'FREDERIK X': { aliases: ['King Frederik X'], shortNames: [] },
  'HARALD V': { aliases: ['King Harald V'], shortNames: [] },
  'ALBERT II': { name: 'Albert II of Monaco', aliases: ['Prince Albert II'], shortNames: [] },
  GUILLAUME: {
    name: 'Grand Duke Guillaume',
    aliases: ['Guillaume of Luxembourg'],
    shortNames: [],
  },
  'Halla TOMASDOTTIR': { name: 'Halla Tómasdóttir', shortNames: ['Tómasdóttir'] },
  'Alyaksandr TURCHYN': { aliases: ['Alexander Turchin'] },
  'Christophe MIRMAND': { title: 'Minister of State of Monaco' },
  'Guy PARMELIN': { title: 'President of the Swiss Confederation' },
  'HAMAD bin Isa Al-Khalifa': { name: 'Hamad bin Isa Al Khalifa', shortNames: [] },
  'SALMAN bin Hamad Al-Khalifa': {
    name: 'Salman bin Hamad Al Khalifa',
    shortNames: [],
    // Crown prince since 1999; the Factbook's date is his first day as prime minister.
    title: 'Prime Minister of Bahrain',
  },
  'Jafar HASSAN': { shortNames: [] },
  'MISHAL al-Ahmad al-Jabir al-Sabah': {
    name: 'Mishal al-Ahmad al-Jaber al-Sabah',
    aliases: ['Mishal al-Ahmad al-Jabir al-Sabah'],
    shortNames: [],
  },
  'AHMAD ABDULLAH Al-Ahmad al Sabah': {
    name: 'Ahmad Abdullah al-Ahmad al-Sabah',
    shortNames: [],
  },
  'Salim Salih BIN BURAYK': {
    name: 'Salem bin Breik',
    aliases: ['Salim Salih bin Burayk', 'Salem Saleh bin Braik'],
    shortNames: [],
  },
  'Mohammed Irfaan ALI': { name: 'Irfaan Ali', aliases: ['Mohamed Irfaan Ali'], shortNames: [] },
  'José Enrique JERÍ Oré': {
    name: 'José Jerí',
    aliases: ['José Enrique Jerí Oré', 'José Enrique Jerí'],
    shortNames: ['Jerí'],
  },
  'Mohammad Shahabuddin CHUPPI': {
    name: 'Mohammed Shahabuddin',
    aliases: ['Mohammad Shahabuddin'],
    shortNames: ['Shahabuddin'],
  },
  'Jigme Khesar Namgyel WANGCHUCK': { shortNames: [] },
  'Tan Sri MUHYIDDIN Yassin': { name: 'Muhyiddin Yassin', shortNames: ['Muhyiddin'] },
  'ABDULLAH Sultan Ahmad Shah': {
    name: 'Sultan Abdullah Sultan Ahmad Shah',
    aliases: ['Abdullah Sultan Ahmad Shah'],
    shortNames: [],
    title: 'King of Malaysia (Yang di-Pertuan Agong)',
  },
  HENRI: { name: 'Grand Duke Henri', aliases: ['Henri of Luxembourg'], shortNames: [] },
  'MARGRETHE II': { aliases: ['Queen Margrethe II'], shortNames: [] },
  'Olafur Ragnar GRIMSSON': { name: 'Ólafur Ragnar Grímsson', shortNames: ['Grímsson'] },
  'Gudni Thorlacius JOHANNESSON': {
    name: 'Guðni Th. Jóhannesson',
    aliases: ['Gudni Johannesson', 'Gudni Thorlacius Johannesson', 'Guðni Jóhannesson'],
    shortNames: ['Jóhannesson'],
  },
  'Francisco Pascual Eyegue OBAMA Asue': { shortNames: [] },
  'Timothy HARRIS': { shortNames: [] },
  'Laurentino "Nito" CORTIZO Cohen': { aliases: ['Laurentino Cortizo'], shortNames: ['Cortizo'] },
  'Thomas YAYI Boni': {
    name: 'Thomas Boni Yayi',
    aliases: ['Boni Yayi', 'Yayi Boni'],
    shortNames: ['Yayi'],
  },
  'James Alix MICHEL': { name: 'James Michel', aliases: ['James Alix Michel'], shortNames: [] },
  'Rick HOU': { aliases: ['Rick Houenipwela'], shortNames: [] },
  'Kenny Davis ANTHONY': {
    name: 'Kenny Anthony',
    aliases: ['Kenny Davis Anthony'],
    shortNames: [],
  },
  'Ralph Everard GONSALVES': { name: 'Ralph Gonsalves', aliases: ['Ralph Everard Gonsalves'] },
  'Mokgweetsi Eric Keabetswe MASISI': {
    name: 'Mokgweetsi Masisi',
    aliases: ['Mokgweetsi Eric Keabetswe Masisi'],
  },
  'Filipe Jacinto NYUSI': { name: 'Filipe Nyusi', aliases: ['Filipe Jacinto Nyusi'] },
  'Umaro Sissoco EMBALO': { name: 'Umaro Sissoco Embaló', shortNames: ['Embaló'] },
  'Manuel Pinto DA COSTA': { name: 'Manuel Pinto da Costa', shortNames: ['Pinto da Costa'] },
  'Evaristo CARVALHO': { shortNames: [] },
  'Juan Orlando HERNANDEZ Alvarado': {
    name: 'Juan Orlando Hernández',
    aliases: ['Juan Orlando Hernández Alvarado'],
    shortNames: [],
  },
  'Carlos ALVARADO Quesada': { aliases: ['Carlos Alvarado'], shortNames: [] },
  'NAWAF al-Ahmad al-Jabir al-Sabah': {
    name: 'Nawaf al-Ahmad al-Jaber al-Sabah',
    aliases: ['Nawaf al-Ahmad al-Jabir al-Sabah'],
    shortNames: [],
  },
  'Jabir Al-Mubarak al-Hamad al-Sabah': {
    name: 'Jaber al-Mubarak al-Hamad al-Sabah',
    aliases: ['Jabir al-Mubarak al-Hamad al-Sabah'],
    shortNames: [],
  },
  'KHALID bin Khalifa bin Abdul Aziz Al Thani': { shortNames: [] },
  'Ahmad Awad Bin MUBAREK': {
    name: 'Ahmed Awad bin Mubarak',
    aliases: ['Ahmad Awad bin Mubarak', 'Ahmad Awad Bin Mubarek'],
    shortNames: [],
  },
  'Lotay TSHERING': { shortNames: [] },
  'Ram Baran YADAV': { shortNames: [] },
  'SU Tseng-chang': { shortNames: [] },
  'CHEN Chien-jen': { shortNames: [] },
  'Nuno NABIAM': { aliases: ['Nuno Gomes Nabiam'] },
  'Edouard NGIRENTE': { name: 'Édouard Ngirente' },
  'Victoire TOMEGAH Dogbé': { name: 'Victoire Tomégah Dogbé', shortNames: ['Tomégah Dogbé'] },
  'Raymond NDONG Sima': { shortNames: ['Ndong Sima'] },
  'Rose Christiane OSSOUKA Raponda': { shortNames: ['Ossouka Raponda'] },
  'Alpha CONDE': { name: 'Alpha Condé', shortNames: ['Condé'] },
  'Aisake Valu EKE': { name: 'Aisake Eke', aliases: ['Aisake Valu Eke'], shortNames: [] },
  'FIAME Naomi Mata’afa': {
    name: 'Fiamē Naomi Mataʻafa',
    aliases: ["Fiame Naomi Mata'afa", 'Fiame Naomi Mata’afa'],
    shortNames: ['Fiamē'],
  },
  'Sandra MASON': { shortNames: [] },
  'Keith MITCHELL': { shortNames: [] },
  'Ismail Sabri YAAKOB': { shortNames: [] },
  'Albert OUEDRAOGO': { name: 'Albert Ouédraogo', shortNames: [] },
  'Jakaya KIKWETE': { aliases: ['Jakaya Mrisho Kikwete'] },
  'Anote TONG': { shortNames: [] },
  'Tallis Obed MOSES': { shortNames: [] },
  'Russ KUN': { shortNames: [] },
  'Mohamed Ould BILAL': { shortNames: [] },
  'Jorge Carlos FONSECA': { shortNames: [] },
  'MOHAMMAD Sabah Al Salim Al Sabah': {
    name: 'Mohammad Sabah al-Salem al-Sabah',
    aliases: ['Mohammad Sabah Al Salim Al Sabah'],
    shortNames: [],
  },
  'Robert BREUGRE MAMBE': {
    name: 'Robert Beugré Mambé',
    aliases: ['Robert Breugre Mambe'],
    shortNames: ['Beugré Mambé'],
  },
  'Philip Edward DAVIS': { name: 'Philip Davis', aliases: ['Philip Edward Davis'], shortNames: [] },
  'Luis Rodolfo ABINADER Corona': {
    name: 'Luis Abinader',
    aliases: ['Luis Rodolfo Abinader Corona', 'Luis Rodolfo Abinader'],
    shortNames: ['Abinader'],
  },
  'KHALIFA bin Zayid Al-Nuhayan': {
    name: 'Khalifa bin Zayed Al Nahyan',
    aliases: ['Khalifa bin Zayid Al-Nuhayan'],
    shortNames: [],
  },
  'MUHAMMAD BIN RASHID Al Maktum': {
    name: 'Mohammed bin Rashid Al Maktoum',
    aliases: ['Muhammad bin Rashid Al Maktum', 'Sheikh Mohammed bin Rashid'],
    shortNames: [],
    title: 'Vice President and Prime Minister of the United Arab Emirates',
  },
  'Mohammed JALLOW': { shortNames: [] },
  'David W. PANUELO': { aliases: ['David Panuelo'] },
  'Wesley W. SIMINA': { aliases: ['Wesley Simina'] },
  'Jean-Michel Sama LUKONDE': { aliases: ['Sama Lukonde', 'Jean-Michel Sama Lukonde Kyenge'] },
};

/** Not drafted, with the reason. */
export const LEADERS_LEFT_OUT: Record<string, string> = {
  'Brice OLIGUI Nguema':
    'the Factbook dates his presidency from the election day (12 April 2025), not his swearing-in',
  'Constantino CHIWENGA':
    'the Factbook dates his vice-presidency from his reappointment in 2023; he has held it since 2017',
  'Fernando VERGEZ ALZAGA':
    'the Factbook still lists him in January 2026; Sister Raffaella Petrini succeeded him as President of the Governorate on 1 March 2025',
  'Albin KURTI':
    'the Factbook dates his second premiership from 22 February 2021; the Assembly elected him in March 2021',
  FRANCIS: 'Pope Francis has a written entry',
  'Avdullah HOTI':
    "his successor's Factbook date (22 February 2021) is off, so his end date cannot be taken from it",
  'Minister-Designate Siaosi SOVALENI': 'the Factbook entry names a prime minister-designate',
  'PREM Tinsulanonda serves as Regent': 'a regent in the interregnum of 2016, not a head of state',
  'Simon HARRIS resigned on 18 December 2024 but remains in Caretaker status until a new prime minister is appointed':
    'the Factbook text is a note, not a name',
  'Hilda C. HEINE':
    'the Factbook dates her second presidency from January 2023, while it lists her predecessor until January 2024',
};
