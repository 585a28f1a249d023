/**
 * Name lists for synthetic people and PAs. Given names are split by birth cohort so a
 * 90-year-old is a Dorothy rather than a Chloe; North East family names dominate, Welsh
 * names are weighted up for Flintshire, and a few heritage groups carry a community language.
 */
import type { Rng } from './random.ts';

type Sexed = { female: readonly string[]; male: readonly string[] };

const BORN_BEFORE_1950: Sexed = {
  female: [
    'Margaret', 'Dorothy', 'Joan', 'Jean', 'Betty', 'Doris', 'Irene', 'Eileen', 'Audrey', 'Sheila',
    'Brenda', 'Maureen', 'Patricia', 'Mary', 'Edna', 'Elsie', 'Ivy', 'Vera', 'Joyce', 'Phyllis',
    'Marjorie', 'Kathleen', 'Nora', 'Winifred', 'Gladys', 'Hilda', 'Evelyn', 'Barbara', 'Elizabeth', 'Ann',
    'Pauline', 'Sylvia', 'Rita', 'Olive', 'Agnes', 'Lilian', 'Mavis', 'Violet', 'Alice', 'Florence',
    'Ethel', 'Muriel', 'Nancy', 'Beryl', 'Freda', 'Gwendoline', 'Marion', 'Shirley', 'Valerie', 'Edith',
  ],
  male: [
    'William', 'John', 'George', 'Thomas', 'James', 'Robert', 'Arthur', 'Frederick', 'Albert', 'Harold',
    'Kenneth', 'Ronald', 'Stanley', 'Ernest', 'Walter', 'Leonard', 'Norman', 'Dennis', 'Raymond', 'Eric',
    'Alan', 'Peter', 'Brian', 'Derek', 'Douglas', 'Gordon', 'Cyril', 'Sidney', 'Jack', 'Joseph',
    'Charles', 'Edward', 'Henry', 'Frank', 'Alfred', 'Herbert', 'Wilfred', 'Bernard', 'Cecil', 'Geoffrey',
    'Maurice', 'Ralph', 'Roy', 'Harry', 'Jim', 'Colin', 'Malcolm', 'Keith', 'Terence', 'Matthew',
  ],
};

const BORN_1950_TO_1979: Sexed = {
  female: [
    'Susan', 'Linda', 'Christine', 'Karen', 'Julie', 'Carol', 'Lorraine', 'Deborah', 'Tracey', 'Sandra',
    'Janet', 'Lesley', 'Angela', 'Gillian', 'Alison', 'Denise', 'Jacqueline', 'Wendy', 'Diane', 'Elaine',
    'Lynn', 'Kim', 'Joanne', 'Dawn', 'Helen', 'Nicola', 'Michelle', 'Sharon', 'Jane', 'Beverley',
    'Claire', 'Catherine', 'Anne', 'Amanda', 'Sarah', 'Lisa', 'Donna', 'Paula', 'Kerry', 'Louise',
    'Caroline', 'Andrea', 'Hazel', 'Jill', 'Yvonne', 'Teresa', 'Ruth', 'Fiona', 'Heather', 'Maxine',
  ],
  male: [
    'David', 'Michael', 'Paul', 'Stephen', 'Mark', 'Ian', 'Gary', 'Andrew', 'Steven', 'Kevin',
    'Neil', 'Christopher', 'Anthony', 'Martin', 'Philip', 'Graham', 'Richard', 'Simon', 'Darren', 'Lee',
    'Wayne', 'Craig', 'Shaun', 'Barry', 'Stuart', 'Trevor', 'Nigel', 'Gavin', 'Dean', 'Jason',
    'Carl', 'Keith', 'Alan', 'Brian', 'Colin', 'Glen', 'Graeme', 'Russell', 'Tony', 'Jeffrey',
    'Clive', 'Adrian', 'Dale', 'Robert', 'Jonathan', 'Matthew', 'Scott', 'Sean', 'Ross', 'Vincent',
  ],
};

const BORN_1980_ONWARDS: Sexed = {
  female: [
    'Emma', 'Laura', 'Rebecca', 'Hannah', 'Sophie', 'Amy', 'Gemma', 'Jessica', 'Charlotte', 'Lauren',
    'Chloe', 'Katie', 'Rachel', 'Stacey', 'Danielle', 'Jade', 'Kayleigh', 'Natalie', 'Samantha', 'Holly',
    'Megan', 'Ellie', 'Abbie', 'Leanne', 'Zoe', 'Victoria', 'Amber', 'Bethany', 'Georgia', 'Olivia',
    'Emily', 'Lucy', 'Jodie', 'Courtney', 'Shannon', 'Paige', 'Kirsty', 'Carly', 'Hayley', 'Kelly',
    'Toni', 'Jennifer', 'Stephanie', 'Naomi', 'Alice', 'Grace', 'Ruby', 'Ella', 'Molly', 'Abigail',
  ],
  male: [
    'Daniel', 'James', 'Ryan', 'Adam', 'Thomas', 'Jack', 'Liam', 'Matthew', 'Joshua', 'Luke',
    'Callum', 'Nathan', 'Jordan', 'Connor', 'Kieran', 'Jamie', 'Lewis', 'Aaron', 'Bradley', 'Ben',
    'Sam', 'Dylan', 'Tyler', 'Kyle', 'Harry', 'Joe', 'Alex', 'Jake', 'Owen', 'Reece',
    'Ethan', 'Jacob', 'Oliver', 'William', 'George', 'Charlie', 'Josh', 'Scott', 'Mark', 'Craig',
    'Shane', 'Andrew', 'Christopher', 'Michael', 'Marcus', 'Elliot', 'Declan', 'Mason', 'Robbie', 'Ashley',
  ],
};

/** Welsh given names, used for a share of Flintshire residents and PAs. */
const WELSH_GIVEN: Sexed = {
  female: [
    'Angharad', 'Bethan', 'Catrin', 'Ceri', 'Cerys', 'Eirlys', 'Eleri', 'Ffion', 'Glenys', 'Gwen',
    'Gwenllian', 'Gwyneth', 'Heledd', 'Lowri', 'Mair', 'Manon', 'Nerys', 'Nia', 'Rhian', 'Rhiannon',
    'Sian', 'Sioned', 'Siwan', 'Tegan', 'Elin', 'Mali', 'Menna', 'Delyth', 'Carys', 'Awen',
  ],
  male: [
    'Aled', 'Alun', 'Bryn', 'Cai', 'Carwyn', 'Dafydd', 'Deiniol', 'Dewi', 'Emlyn', 'Emyr',
    'Gareth', 'Geraint', 'Gethin', 'Glyn', 'Gruffydd', 'Gwilym', 'Huw', 'Hywel', 'Iestyn', 'Ieuan',
    'Ifan', 'Iolo', 'Idris', 'Llyr', 'Meirion', 'Osian', 'Owain', 'Rhodri', 'Rhys', 'Tomos',
  ],
};

const FAMILY_NAMES: readonly string[] = [
  'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Robson', 'Armstrong', 'Charlton', 'Milburn', 'Elliott',
  'Dodd', 'Hall', 'Bell', 'Young', 'Thompson', 'Walker', 'Wright', 'Robinson', 'Scott', 'Johnson',
  'Anderson', 'Stephenson', 'Graham', 'Hedley', 'Ridley', 'Turnbull', 'Forster', 'Heslop', 'Dixon', 'Nixon',
  'Watson', 'Atkinson', 'Richardson', 'Clark', 'Harrison', 'Wood', 'Jackson', 'White', 'Green', 'Lee',
  'Martin', 'Cooper', 'Hill', 'Ward', 'Moore', 'King', 'Baker', 'Hughes', 'Lewis', 'Allen',
  'Carr', 'Gibson', 'Lowes', 'Brannigan', 'Reay', 'Routledge', 'Fenwick', 'Errington', 'Pattinson', 'Lambert',
  'Tait', 'Pringle', 'Bainbridge', 'Dobson', 'Coulson', 'Hetherington', 'Laidler', 'Kirkup', 'Storey', 'Straughan',
  'Tweddle', 'Weatherburn', 'Oliver', 'Purvis', 'Shotton', 'Craggs', 'Dunn', 'Foster', 'Murray', 'Henderson',
  'Kerr', 'McDonald', 'Stewart', 'Mitchell', 'Reid', 'Ross', 'Fraser', 'Marshall', 'Mason', 'Kelly',
  'Gray', 'Pearson', 'Lawson', 'Hogg', 'Hunter', 'Rutherford', 'Swinburne', 'Thirlwell', 'Varty', 'Appleby',
  'Barron', 'Blenkinsop', 'Bowes', 'Brough', 'Burn', 'Chapman', 'Cowell', 'Crozier', 'Curry', 'Davison',
  'Dickinson', 'Donkin', 'Douglas', 'Dowson', 'Emerson', 'Fairbairn', 'Featherstone', 'Fletcher', 'Gardner', 'Golightly',
  'Gowland', 'Hardy', 'Harker', 'Hewitson', 'Hodgson', 'Hope', 'Hudson', 'Hutchinson', 'Irving', 'Jobling',
  'Johnstone', 'Kennedy', 'Kirkbride', 'Lamb', 'Liddell', 'Mather', 'McKenna', 'Metcalfe', 'Middleton', 'Moffat',
  'Morrison', 'Mullen', 'Nesbitt', 'Nicholson', 'Ogle', 'Parkin', 'Patterson', 'Potts', 'Proctor', 'Raine',
  'Readman', 'Renwick', 'Rickaby', 'Ritson', 'Robertson', 'Rowell', 'Sanderson', 'Scurfield', 'Simpson', 'Snowdon',
  'Spence', 'Stobbs', 'Summerbell', 'Surtees', 'Tate', 'Telford', 'Thornton', 'Todd', 'Trotter', 'Usher',
  'Walton', 'Waugh', 'Wardle', 'Wheatley', 'Whitfield', 'Wilkinson', 'Winter', 'Yellowley', 'Bolam', 'Cuthbert',
  'Dinsdale', 'Lisle', 'Kirkley', 'Ramshaw', 'Shield', 'Bewick', 'Coxon', 'Bulmer', 'Clough', 'Dunning',
  'Elder', 'Glendinning', 'Hogarth', 'Jeffrey', 'Landells', 'McGuinness', "O'Neill", 'Reilly', 'Doyle', 'Murphy',
  'Kane', 'Quinn', 'Byrne', 'Gallagher', 'McCann', 'Connolly', 'Walsh', 'Brennan', 'Collins', 'Harper',
];

const WELSH_FAMILY_NAMES: readonly string[] = [
  'Jones', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Lewis', 'Morgan', 'Griffiths',
  'Owen', 'Parry', 'Pritchard', 'Lloyd', 'Edwards', 'Rees', 'Price', 'Jenkins', 'Powell', 'Vaughan',
  'Bowen', 'Pugh', 'Ellis', 'Humphreys', 'Meredith', 'Probert', 'Bevan', 'Howells', 'Llewellyn', 'Rowlands',
  'Wynne', 'Foulkes', 'Tudor', 'Prosser', 'Bellis', 'Pierce', 'Gittins', 'Jarrett', 'Blackwell', 'Kendrick',
];

/** Heritage groups; `language` is a community language a PA from the group may list. */
const HERITAGE: readonly { language: string; given: Sexed; family: readonly string[] }[] = [
  {
    language: 'Polish',
    given: {
      female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Ewa', 'Monika', 'Anna', 'Marta'],
      male: ['Piotr', 'Tomasz', 'Marek', 'Krzysztof', 'Pawel', 'Jakub', 'Lukasz', 'Michal'],
    },
    family: ['Nowak', 'Kowalczyk', 'Lewandowski', 'Kaminski', 'Zielinski', 'Wozniak', 'Mazur', 'Krawczyk'],
  },
  {
    language: 'Urdu',
    given: {
      female: ['Aisha', 'Fatima', 'Nusrat', 'Shabana', 'Parveen', 'Sadia', 'Ayesha', 'Zainab'],
      male: ['Mohammed', 'Imran', 'Tariq', 'Arif', 'Hassan', 'Farhan', 'Asif', 'Bilal'],
    },
    family: ['Khan', 'Ahmed', 'Hussain', 'Ali', 'Mahmood', 'Iqbal', 'Butt', 'Akhtar'],
  },
  {
    language: 'Punjabi',
    given: {
      female: ['Jaspreet', 'Harpreet', 'Manpreet', 'Gurpreet', 'Sukhwinder', 'Rajinder'],
      male: ['Harjit', 'Sukhdev', 'Gurdeep', 'Jasbir', 'Kuldip', 'Ranjit'],
    },
    family: ['Singh', 'Kaur', 'Sandhu', 'Gill', 'Dhillon', 'Sidhu'],
  },
  {
    language: 'Bengali',
    given: {
      female: ['Nasrin', 'Rupa', 'Shirin', 'Salma', 'Rehana', 'Taslima'],
      male: ['Abdul', 'Rahim', 'Shahid', 'Jamal', 'Kamal', 'Anwar'],
    },
    family: ['Miah', 'Rahman', 'Begum', 'Chowdhury', 'Uddin', 'Islam'],
  },
];

export interface NameChoice {
  /** Share of women (older adults and PAs are mostly women). */
  female: number;
  /** Share of Welsh given names; the family name is Welsh a little more often still. */
  welsh: number;
  /** Share drawn from the heritage groups. */
  heritage: number;
}

export interface DrawnName {
  givenName: string;
  familyName: string;
  /** A community language, when the name came from a heritage group. */
  language: string | null;
}

function cohort(birthYear: number): Sexed {
  if (birthYear < 1950) return BORN_BEFORE_1950;
  if (birthYear < 1980) return BORN_1950_TO_1979;
  return BORN_1980_ONWARDS;
}

export function drawName(rng: Rng, birthYear: number, choice: NameChoice): DrawnName {
  const female = rng.chance(choice.female);
  const sexed = (s: Sexed) => (female ? s.female : s.male);
  if (rng.chance(choice.heritage)) {
    const group = rng.pick(HERITAGE);
    return { givenName: rng.pick(sexed(group.given)), familyName: rng.pick(group.family), language: group.language };
  }
  const givenName = rng.chance(choice.welsh) ? rng.pick(sexed(WELSH_GIVEN)) : rng.pick(sexed(cohort(birthYear)));
  const familyName = rng.chance(Math.min(1, choice.welsh * 2)) ? rng.pick(WELSH_FAMILY_NAMES) : rng.pick(FAMILY_NAMES);
  return { givenName, familyName, language: null };
}

/** A plausible assessor or nurse name for a sign-off. */
export function drawStaffName(rng: Rng, welsh: number): string {
  const name = drawName(rng, rng.int(1960, 1995), { female: 0.75, welsh, heritage: 0.06 });
  return `${name.givenName} ${name.familyName}`;
}
