import type { IntentId } from './intents.js';

/**
 * English training utterances, one array per intent. Written independently of the labelled
 * evaluation set (test/language/utterances.json); a test checks that no sentence is shared.
 */
export const trainingEn: Record<IntentId, readonly string[]> = {
  help: [
    'help', 'help me', 'what can you do', 'what do you do', 'what are your capabilities',
    'how does this bot work', 'show me what you can do', 'what topics do you cover', 'I need some help',
    'what can I ask', 'options', 'menu', 'how do I use this', 'what questions do you answer',
    'hello', 'hi there', 'getting started', 'can you help me', 'instructions', 'what are you for',
    'what is this bot', 'where do I start', 'guide me', 'what services do you offer', 'show me the commands',
  ],
  'check-benefits': [
    'how many incidents does gold give', 'how many support incidents come with silver',
    'what does the action pack include', 'what benefits do gold partners get', 'what do we get as a silver partner',
    'technical support benefits for gold competency', 'incidents included with action pack',
    'how many signature cloud incidents for silver', 'what is our entitlement with a gold competency',
    'silver competency support entitlement', 'is cloud support unlimited for gold',
    'what support comes with our competency', 'benefits for a gold cloud platform partner',
    'how many on-premises incidents does silver give', 'action pack technical support',
    'compare gold and silver benefits', 'what does gold give', 'what are the benefits of silver',
    'maps incidents count', 'entitlement table', 'how many incidents per year with a competency',
    'show our benefits', 'list the support benefits', 'benefits overview',
    'does action pack include azure support',
  ],
  'get-ids': [
    'where is our access id', 'where do I find the contract id', 'show our ids', 'show me our access id and contract id',
    'what is our access id', 'tell me our contract id', 'I need our access id', 'look up the ids for my company',
    'where are the access id and contract id', 'get contract id', 'display ids', 'send me the support contract id',
    'what are our support ids', 'where can I see the contract number', 'lost our access id', 'can I see the ids',
    'access id and contract id please', 'which access id do we have',
  ],
  activate: [
    'activate our benefits', 'how do I activate technical benefits', 'activation of support benefits',
    'activate the benefit in partner center', 'please activate our support', 'how to activate',
    'the activate button is greyed out', 'I cannot click activate', 'who is allowed to activate benefits',
    'which role is needed to activate', 'start using our technical support benefits', 'turn on the benefits',
    'enable technical support', 'we have not activated yet', 'activate product support and signature support',
    'how long does activation take', 'activate now',
  ],
  'access-id-error': [
    'access id already associated error', 'azure error access id is already associated',
    'it says this access id is already associated to an account', 'the portal says contact your technical account manager',
    'error when linking the access id in azure', 'azure rejects our access id',
    'already associated message when adding the contract', 'should I ask for a new access id because of the error',
    'link support benefits gives an error', 'access id already in use', 'the id is already linked to another account',
    'associated to an account error', 'azure says obtain a new access id', 'error already associated',
    'technical account manager error',
  ],
  'remaining-incidents': [
    'how many incidents are left', 'how many incidents remain', 'remaining incident count', 'incident balance',
    'how many support incidents do we still have', 'check our balance', 'how many cases are left on our contract',
    'do we have any incidents left', 'incidents left this year', 'how much of our support allowance is used',
    'how many incidents have we used', 'remaining balance on the contract', 'show incident count remaining',
    'are there incidents left for signature support', 'when does our contract expire and how many are left',
    'left over incidents',
    'does azure show how many incidents are left',
    'can I see the balance in the azure portal',
  ],
  'not-authorized': [
    'not authorized for this action', 'partner center says you are not authorized', 'I get not authorized error',
    'not authorized when I open benefits', 'permission denied in partner center', 'it says I am not authorized',
    'unauthorized error on technical benefits page', 'why am I not authorized', 'access denied on the benefits page',
    'my account is not allowed to see benefits', 'program associated account error',
    'you must have a program associated account', 'csp account cannot see benefits', 'no permission for this action',
    'authorization error partner center',
  ],
  'no-benefits': [
    'it looks like we have no benefits at all', 'it says we do not have any benefits', 'no benefits shown',
    'benefits page says none yet', 'we do not have benefits in partner center', 'partner center shows no benefits',
    'there are no benefits listed', 'I cannot see our benefits', 'the technical benefits list is empty',
    'missing benefits in partner center', 'benefits not showing', 'why are there no benefits',
    "don't have any benefits message", 'no benefits yet', 'benefits are not visible for my account',
  ],
  'csp-customer': [
    'support request for a csp customer', 'open a case for my customer azure', 'how do I file a ticket for a customer',
    'customer subscription problem csp', 'create a service request on behalf of my customer', 'csp customer azure support',
    'our customer has an azure issue', 'we are a csp partner and our client needs support',
    'new request in service management for a customer', 'customer ticket through partner center',
    'help a customer with azure through csp', 'admin agent create request for customer',
    'cloud solution provider support plan', 'customer workload issue csp', 'raise a ticket for customer tenant',
  ],
  'paid-plans': [
    'premier support for partners', 'advanced support for partners', 'paid support', 'what paid plans are there',
    'can we buy more support', 'premier vs advanced', 'how much does premier cost', 'paid support options for partners',
    'is there a support plan we can purchase', 'we ran out of incidents what can we buy', 'pay per incident',
    'buy a support plan', 'premier support', 'advanced support', 'fee based support plans', 'upgrade our support',
  ],
  'cloud-competencies': [
    'which competencies are cloud competencies', 'what are the cloud competencies', 'is security a cloud competency',
    'is cloud platform a cloud competency', 'does data analytics count as cloud', 'cloud competency list',
    'which competencies give unlimited cloud support', 'what is an other competency', 'is application development cloud',
    'which competencies count as hybrid', 'is datacenter a cloud competency', 'cloud or other competency',
    'what competencies are cloud', 'our competency cloud or not', 'which ones are cloud competencies',
  ],
  'link-azure': [
    'how to link benefits in azure', 'link support benefits azure portal', 'where do I add the contract id in azure',
    'enter access id in the azure portal', 'how do I use signature cloud support in azure',
    'azure help and support support plans', 'connect our contract to azure', 'link the ids to my azure account',
    'how to link support plan in azure', 'create a support request in azure with our benefit',
    'azure link support benefits steps', 'add access id to azure', 'associate contract with azure portal',
    'linking benefits azure', 'where to link in azure',
  ],
  'msa-allowed': [
    'can I use a microsoft account', 'is msa allowed', 'can we use personal accounts', 'do I need a work account',
    'microsoft account for support', 'personal microsoft account with access id', 'can a live id be used',
    'aad or msa', 'is a work or school account required', 'can I use my outlook account',
    'personal email account for the benefit', 'does it have to be an azure ad account',
    'sign in with a microsoft account', 'msa support', 'is a consumer account ok',
  ],
  'supported-products': [
    'which products are supported', 'supported on premises products', 'is windows server 2012 supported',
    'n-1 policy', 'which versions are covered', 'is an old version supported', 'mainstream support products',
    'on-premises product support scope', 'can I get support for sql server 2008', 'product not supported by the plan',
    'support plan cannot be used for this product', 'current and previous version', 'is exchange 2010 covered',
    'which on premises products can I use incidents for', 'version too old for support', 'products in scope',
    'is a version in extended support covered',
  ],
  'm365': [
    'can we use the access id for microsoft 365', 'does office 365 accept our contract id', 'signature support for microsoft 365 issues', 'microsoft 365 admin center support with our benefit', 'can I link the ids in the m365 admin center', 'teams outage support with partner incidents', 'exchange online problem use our incidents', 'o365 support with partner benefit', 'does the benefit cover microsoft 365', 'where do I enter the contract id for office 365', 'sharepoint online ticket with signature', 'is microsoft 365 covered by cloud support',
  ],
  'ids-usage': [
    'do we have to enter the ids every time', 'does every colleague need to enter the access id', 'can I share the access id with my team', 'how often do I need to type the contract id', 'is the access id entered only once', 'can several people use the same contract', 'do I enter the ids for each support request', 'can colleagues use our ids', 'is it ok to give the ids to another engineer', 'once linked do I need the ids again', 'one access id for the whole company', 'share the contract id internally',
  ],
  'plan-expired': [
    'our support plan has expired what now', 'the contract expired', 'we used all our incidents what can we do', 'plan expired in support for business', 'no incidents left what are our options', 'all incidents are used up', 'support plan shows as expired', 'contract has no units left', 'what happens when the incidents run out', 'our partner plan ran out', 'expired support contract', 'the plan is exhausted',
  ],
  'incident-definition': [
    'what counts as an incident', 'what is a support incident', 'definition of an incident', 'does a follow up call use another incident', 'is one problem one incident', 'how are incidents counted', 'does a long case use more incidents', 'what is one incident', 'several calls for one issue', 'incident meaning', 'is an incident charged by time', 'how many incidents does one case use',
  ],
  'validity': [
    'how long are the ids valid', 'when does our contract expire', 'how long does the support contract last', 'what does the benefit expiration date mean', 'do the benefits expire', 'is the contract valid for a year', 'what happens at renewal', 'renewal window for membership', 'expiry date of the technical benefit', 'do we get new ids after renewal', 'validity of the access id', 'when do benefits end',
  ],
  'tpd': [
    'what is technical presales and deployment', 'presales advisory hours', 'tpd benefit', 'does tpd need activation', 'technical presales and deployment services', 'advisory hours for partners', 'deployment planning advisory', 'what are tpd hours', 'presales consultation benefit', 'technical presales benefit', 'how do I use advisory hours', 'tpd vs incidents',
  ],
  'open-request': [
    'how do I open a support ticket with our benefits', 'where do I create a support request', 'how to file a partner support case', 'what are the steps to open a ticket', 'where do we raise a support case', 'how do I log a support incident', 'open a case with microsoft support using partner benefits', 'submit a technical support request', 'how can I create a ticket for an azure problem', 'steps to open a support request', 'where do I go to open an incident', 'how do I create a new support case', 'how do engineers open tickets with the partner benefit', 'who is allowed to open support requests',
  ],
  'current-program': [
    'how many incidents does a solutions partner designation give', 'partner success core cloud incidents', 'what do we get with partner success expanded', 'does partner launch include support incidents', 'how many partner cloud support incidents does each offer give', 'on-premises incidents for solutions partners', 'support incidents under the ai cloud partner program', 'partner cloud support count per offer', 'technical support in the ai cloud partner program', 'do incidents add up across offers', 'how much does partner success core cost', 'benefits of the microsoft ai cloud partner program',
  ],
  'renamed': [
    'what is signature cloud support called now', 'is signature support renamed', 'what replaced action pack', 'are gold and silver competencies still available', 'new name of microsoft product support', 'when did the benefit names change', 'what happened to the mpn', 'is action pack retired', 'what is the successor of gold competency', 'when did gold and silver end', 'mpn is now called what', 'timeline of program changes',
  ],
  'register-ids': [
    'register our access id and contract id', 'I want to enter the ids partner center shows', 'save our contract id in the bot', 'store the new access id for our company', 'register the ids from partner center', 'we got new ids after renewal, register them', 'update our access id', 'add our contract id to your records', 'record the access id we received', 'replace the old contract id with the new one',
  ],
  'ticket-status': [
    'what happened to my ticket', 'any news on my ticket', 'is my ticket resolved', 'status of my support request', 'has anyone answered my ticket yet', 'where is my case', 'check the status of my ticket', 'did support reply to my request', 'my ticket number status', 'update on my handoff',
  ],
  human: [
    'talk to a person', 'human please', 'I want to talk to someone', 'agent', 'connect me to support staff',
    'speak to a human agent', 'real person please', 'can I talk to a real human', 'transfer me to an agent',
    'contact support person', 'let me talk to a representative', 'I need a human', 'operator', 'chat with a person',
    'live agent', 'put me through to a human being', 'someone from support please',
  ],
  cancel: [
    'cancel that', 'please cancel', 'stop it', 'nevermind', 'start again', 'abort', 'quit now', 'exit',
    'forget about it', 'restart', 'stop please', 'reset', 'go back to the start', 'no thanks cancel', 'end this',
    'begin again', 'clear everything', 'drop it',
  ],
};

/** Out-of-scope sentences, trained as NLP.js's "None" so small talk does not land on an intent. */
export const outOfScopeEn: readonly string[] = [
  'how are you', 'what is your name', 'play some music', 'set an alarm for 7', 'what is in the news today',
  'recommend a restaurant nearby', 'what is the capital of france', 'translate this sentence to french',
  'buy groceries', 'sports scores', 'stock price of contoso', 'write me a poem', 'i like turtles',
];
