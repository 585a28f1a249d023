/**
 * Given-name variants in UK usage: nicknames, short forms, spelling variants and Welsh forms.
 * Each entry is a formal name and the names that stand for it; two names are variants of each
 * other when they belong to a common group (so "Chris" ~ "Christopher" and "Chris" ~ "Christine",
 * but "Christopher" is not a variant of "Christine"). Names are written plainly here and
 * normalised (accents and case folded) when the table is built.
 */
import { normaliseName } from './normalise-text.ts';

const GROUPS: Record<string, readonly string[]> = {
  William: ['Bill', 'Billy', 'Will', 'Willie', 'Willy', 'Liam', 'Gwilym', 'Wil'],
  Robert: ['Bob', 'Bobby', 'Rob', 'Robbie', 'Bert', 'Robin'],
  Elizabeth: ['Liz', 'Lizzie', 'Beth', 'Betty', 'Bet', 'Eliza', 'Libby', 'Elsie', 'Bess', 'Lisa'],
  Margaret: ['Peggy', 'Maggie', 'Meg', 'Madge', 'Mags', 'Greta', 'Marged', 'Mairead'],
  James: ['Jim', 'Jimmy', 'Jamie', 'Jas', 'Iago'],
  Catherine: ['Kate', 'Katie', 'Cathy', 'Kath', 'Katherine', 'Kathryn', 'Catharine', 'Kay', 'Cath', 'Catrin', 'Katy'],
  Kathleen: ['Kath', 'Kathy', 'Kathie'],
  David: ['Dai', 'Dave', 'Davey', 'Davy', 'Dafydd', 'Dewi'],
  John: ['Jack', 'Johnny', 'Jon', 'Sion', 'Ioan', 'Jock'],
  Evan: ['Ieuan', 'Ifan', 'Iefan'],
  Jane: ['Sian', 'Janey', 'Jayne'],
  Janet: ['Jan', 'Sioned', 'Jenny'],
  Richard: ['Dick', 'Rick', 'Ricky', 'Rich', 'Richie', 'Rhisiart'],
  Thomas: ['Tom', 'Tommy', 'Tomos', 'Twm'],
  Edward: ['Ed', 'Eddie', 'Ted', 'Teddy', 'Ned', 'Iorwerth'],
  Anthony: ['Tony', 'Ant', 'Antony'],
  Christopher: ['Chris', 'Kit', 'Christy'],
  Christine: ['Chris', 'Chrissie', 'Kirsty', 'Christina', 'Tina'],
  Michael: ['Mike', 'Mick', 'Micky', 'Mikey', 'Mickey'],
  Stephen: ['Steve', 'Stevie', 'Steven', 'Steffan', 'Stephan'],
  Patricia: ['Pat', 'Patsy', 'Trish', 'Tricia', 'Patty'],
  Patrick: ['Pat', 'Paddy', 'Padraig'],
  Susan: ['Sue', 'Susie', 'Suzy', 'Susanne', 'Suzanne'],
  Alexander: ['Alex', 'Alec', 'Sandy', 'Alistair', 'Alasdair', 'Alastair'],
  Alexandra: ['Alex', 'Alexa', 'Lexi', 'Sandra'],
  Samuel: ['Sam', 'Sammy'],
  Samantha: ['Sam', 'Sammie', 'Sammy'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt', 'Matty', 'Mathew'],
  Benjamin: ['Ben', 'Benny', 'Benji'],
  Joseph: ['Joe', 'Joey', 'Jos'],
  Henry: ['Harry', 'Hal', 'Hank', 'Harri'],
  Harold: ['Harry', 'Hal'],
  Frederick: ['Fred', 'Freddie', 'Freddy', 'Fredrick'],
  Albert: ['Bert', 'Bertie', 'Al', 'Albie'],
  Alfred: ['Alf', 'Alfie', 'Fred'],
  Arthur: ['Art', 'Artie'],
  Charles: ['Charlie', 'Chas', 'Chuck', 'Chaz'],
  Kenneth: ['Ken', 'Kenny'],
  Ronald: ['Ron', 'Ronnie'],
  Leonard: ['Len', 'Lenny', 'Leo'],
  Raymond: ['Ray'],
  Dennis: ['Den', 'Denis'],
  Stanley: ['Stan'],
  Terence: ['Terry', 'Terrence'],
  Jacqueline: ['Jackie', 'Jacky', 'Jacquie'],
  Deborah: ['Debbie', 'Debra', 'Deb', 'Debby'],
  Rebecca: ['Becky', 'Becca', 'Bex'],
  Victoria: ['Vicky', 'Vikki', 'Vicki', 'Tori'],
  Jennifer: ['Jenny', 'Jen', 'Jenna'],
  Josephine: ['Jo', 'Josie'],
  Joanne: ['Jo', 'Joanna', 'Joann'],
  Nicola: ['Nicky', 'Nikki', 'Nicki'],
  Amanda: ['Mandy'],
  Alison: ['Ali', 'Allison', 'Alyson'],
  Pamela: ['Pam'],
  Barbara: ['Barb', 'Babs'],
  Dorothy: ['Dot', 'Dottie', 'Dolly', 'Dora'],
  Eleanor: ['Ellie', 'Nell', 'Elinor', 'Eleanore'],
  Ellen: ['Nell', 'Nellie'],
  Helen: ['Nell', 'Nellie', 'Helena'],
  Florence: ['Flo', 'Florrie', 'Flossie'],
  Winifred: ['Winnie', 'Win', 'Freda'],
  Mary: ['Molly', 'Polly', 'Mair', 'Mari', 'Mamie', 'Mae'],
  Ann: ['Anne', 'Annie', 'Nan', 'Nancy', 'Anna', 'Nia'],
  Agnes: ['Aggie', 'Nessie', 'Nest'],
  Gwendoline: ['Gwen', 'Gwenda', 'Gwendolyn'],
  Gwenllian: ['Gwen', 'Gwenno'],
  Rhiannon: ['Rhi', 'Rhian'],
  Hywel: ['Howell', 'Howel'],
  Llewellyn: ['Llew', 'Llewelyn', 'Llywelyn'],
  Gruffydd: ['Griffith', 'Gruff', 'Griff', 'Gruffudd'],
  Owain: ['Owen'],
  Rhys: ['Rees', 'Reece', 'Reese'],
  Hugh: ['Huw', 'Hughie'],
  Andrew: ['Andy', 'Drew', 'Andreas'],
  Peter: ['Pete', 'Pedr'],
  Philip: ['Phil', 'Phillip', 'Pip'],
  Timothy: ['Tim', 'Timmy'],
  Nicholas: ['Nick', 'Nicky', 'Nic'],
  Jonathan: ['Jon', 'Jonny', 'Jonty'],
  Douglas: ['Doug', 'Dougie'],
  Graham: ['Graeme', 'Grahame'],
  Geoffrey: ['Geoff', 'Jeffrey', 'Jeff', 'Jeffery'],
  Lawrence: ['Laurie', 'Larry', 'Laurence'],
  Vincent: ['Vince', 'Vinny'],
  Joshua: ['Josh'],
  Nathaniel: ['Nat', 'Nate', 'Nathan'],
  Oliver: ['Ollie', 'Olly'],
  Jacob: ['Jake'],
  Abigail: ['Abbie', 'Abby', 'Gail'],
  Kimberley: ['Kim', 'Kimberly'],
  Louise: ['Lou', 'Louisa'],
  Caroline: ['Carrie', 'Caz', 'Carolyn'],
  Sarah: ['Sally', 'Sadie', 'Sara'],
  Frances: ['Fran', 'Fanny', 'Frankie'],
  Francis: ['Frank', 'Frankie'],
  Lilian: ['Lily', 'Lil', 'Lillian'],
  Violet: ['Vi'],
  Beatrice: ['Bea', 'Trixie'],
  Edith: ['Edie'],
  Evelyn: ['Eve', 'Evie'],
  Irene: ['Rene'],
  Maureen: ['Mo'],
  Marjorie: ['Marge', 'Margie', 'Margery'],
  Valerie: ['Val'],
  Sylvia: ['Syl'],
  Gerald: ['Gerry', 'Jerry'],
  Geraldine: ['Gerry', 'Geri'],
  Cyril: ['Cy'],
  Walter: ['Wally', 'Walt'],
  Ernest: ['Ernie'],
  Norman: ['Norm'],
  Bernard: ['Bernie'],
  Leslie: ['Les'],
  Lesley: ['Les'],
  Emily: ['Emmy', 'Em'],
  Emma: ['Em'],
  Hannah: ['Hanna'],
  Jessica: ['Jess', 'Jessie'],
  Charlotte: ['Lottie', 'Charlie'],
  Natalie: ['Nat', 'Natalia'],
  Danielle: ['Dani'],
  Stephanie: ['Steph', 'Steff'],
  Lucy: ['Luce'],
  Megan: ['Meg', 'Meghan'],
  Zoe: ['Zoey'],
  Angharad: ['Anga'],
  Bethan: ['Beth'],
  Gareth: ['Gaz'],
  Gary: ['Gaz'],
  Dylan: ['Dyl'],
  Callum: ['Cal'],
  Lewis: ['Lew', 'Louis'],
  Shaun: ['Sean', 'Shawn'],
  Philippa: ['Pippa', 'Pip'],
};

/** name -> formal names of the groups it belongs to (all normalised). */
const MEMBERSHIP = new Map<string, string[]>();
for (const [formal, variants] of Object.entries(GROUPS)) {
  const key = normaliseName(formal);
  for (const name of [formal, ...variants]) {
    const n = normaliseName(name);
    const groups = MEMBERSHIP.get(n) ?? [];
    if (!groups.includes(key)) groups.push(key);
    MEMBERSHIP.set(n, groups);
  }
}

const NONE: readonly string[] = Object.freeze([]);

/** The nickname groups (formal names) a normalised given name belongs to; empty when none. */
export function nicknameGroups(normalisedName: string): readonly string[] {
  return MEMBERSHIP.get(normalisedName) ?? NONE;
}

/** True when two given names (raw or normalised) are nickname or spelling variants of each other. */
export function areNicknameVariants(a: string, b: string): boolean {
  const ga = nicknameGroups(normaliseName(a));
  if (ga.length === 0) return false;
  const gb = nicknameGroups(normaliseName(b));
  for (const g of ga) if (gb.includes(g)) return true;
  return false;
}

/** The other names in a name's groups (for the generator): "William" -> ["bill", "billy", ...]. */
export function nicknameVariants(name: string): string[] {
  const n = normaliseName(name);
  const out = new Set<string>();
  for (const g of nicknameGroups(n)) for (const [member, groups] of MEMBERSHIP) if (groups.includes(g) && member !== n) out.add(member);
  return [...out].sort();
}

/** How many name pairs the table relates (each variant with its formal name). */
export const NICKNAME_PAIR_COUNT = Object.values(GROUPS).reduce((sum, v) => sum + v.length, 0);
