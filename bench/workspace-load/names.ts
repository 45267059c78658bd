/**
 * Names for the seeded contacts: a few hundred first and family names of the kind a Chicago
 * funeral home hears, mixed so that near spellings sit side by side (Johnson, Johnston, Jonsson;
 * Petersen, Peterson), which is what the typo-tolerant search has to tell apart.
 */
export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Agnes', 'Aisha', 'Alan', 'Albert', 'Alejandro', 'Alice',
  'Alma', 'Amanda', 'Amir', 'Ana', 'Andrew', 'Angela', 'Anna', 'Anthony', 'Antonio', 'Arthur',
  'Barbara', 'Beatrice', 'Benjamin', 'Bernard', 'Betty', 'Brenda', 'Brian', 'Carl', 'Carlos', 'Carmen',
  'Carol', 'Catherine', 'Cecilia', 'Charles', 'Christine', 'Clara', 'Connor', 'Cora', 'Daniel', 'David',
  'Deborah', 'Delores', 'Dennis', 'Diana', 'Dolores', 'Donald', 'Dorothy', 'Douglas', 'Edith', 'Edward',
  'Eleanor', 'Elena', 'Elizabeth', 'Ellen', 'Emeka', 'Emily', 'Emma', 'Eric', 'Esther', 'Eugene',
  'Evelyn', 'Fatima', 'Frances', 'Francis', 'Frank', 'Gabriel', 'George', 'Gerald', 'Gloria', 'Grace',
  'Gregory', 'Hannah', 'Harold', 'Hassan', 'Helen', 'Henry', 'Hiroshi', 'Howard', 'Ibrahim', 'Irene',
  'Isabel', 'Ivan', 'Jacob', 'James', 'Janet', 'Javier', 'Jean', 'Jennifer', 'Joan', 'John',
  'Jorge', 'Jose', 'Joseph', 'Joyce', 'Juan', 'Judith', 'Julia', 'Karen', 'Katherine', 'Kenji',
  'Kevin', 'Kwame', 'Larry', 'Laura', 'Lawrence', 'Leon', 'Lillian', 'Linda', 'Lois', 'Louis',
  'Lucia', 'Luis', 'Margaret', 'Maria', 'Marie', 'Mark', 'Martha', 'Martin', 'Mary', 'Matthew',
  'Mei', 'Michael', 'Mildred', 'Miguel', 'Mohammed', 'Nancy', 'Nathan', 'Ngozi', 'Nicholas', 'Nora',
  'Oliver', 'Olivia', 'Oscar', 'Patricia', 'Patrick', 'Paul', 'Pedro', 'Peter', 'Philip', 'Priya',
  'Rachel', 'Ralph', 'Raymond', 'Rebecca', 'Richard', 'Rita', 'Robert', 'Rosa', 'Rose', 'Ruth',
  'Samuel', 'Sandra', 'Sarah', 'Sean', 'Sharon', 'Shirley', 'Sofia', 'Stanley', 'Stephen', 'Susan',
  'Teresa', 'Theodore', 'Thomas', 'Timothy', 'Tomasz', 'Valerie', 'Victor', 'Vincent', 'Virginia', 'Walter',
  'Wanda', 'William', 'Wojciech', 'Yolanda', 'Yusuf', 'Zofia',
];

export const FAMILY_NAMES = [
  'Abbott', 'Adams', 'Adeyemi', 'Ahmed', 'Alvarez', 'Anderson', 'Andersen', 'Bailey', 'Baker', 'Banerjee',
  'Barnes', 'Becker', 'Bell', 'Bennett', 'Brennan', 'Brooks', 'Brown', 'Bryant', 'Butler', 'Campbell',
  'Carter', 'Castillo', 'Chen', 'Clark', 'Coleman', 'Collins', 'Cook', 'Cooper', 'Cruz', 'Daniels',
  'Davis', 'Diaz', 'Dombrowski', 'Donovan', 'Dubois', 'Edwards', 'Evans', 'Fischer', 'Fitzgerald', 'Flores',
  'Foster', 'Garcia', 'Gomez', 'Gonzalez', 'Gonzales', 'Gordon', 'Graham', 'Gray', 'Green', 'Griffin',
  'Gutierrez', 'Haddad', 'Hall', 'Hansen', 'Harris', 'Hayes', 'Henderson', 'Hernandez', 'Hill', 'Hoffman',
  'Howard', 'Hughes', 'Jackson', 'James', 'Jameson', 'Jenkins', 'Jensen', 'Johnson', 'Johnston', 'Jonsson',
  'Jones', 'Jordan', 'Kaminski', 'Kelly', 'Kennedy', 'Kim', 'King', 'Kowalski', 'Kowalczyk', 'Kozlowski',
  'Larsen', 'Lee', 'Lewandowski', 'Lewis', 'Lindqvist', 'Long', 'Lopez', 'Martin', 'Martinez', 'Mazur',
  'McCarthy', 'McDonald', 'McNamara', 'Mendoza', 'Meyer', 'Miller', 'Mitchell', 'Moore', 'Morales', 'Moreau',
  'Morgan', 'Morris', 'Murphy', 'Murray', 'Myers', 'Nelson', 'Nguyen', 'Nielsen', 'Novak', 'Nowak',
  "O'Brien", "O'Connor", 'Okafor', 'Okonkwo', 'Olsen', 'Olson', 'Ortiz', 'Owens', 'Park', 'Parker',
  'Patel', 'Perez', 'Perry', 'Petersen', 'Peterson', 'Petrov', 'Phillips', 'Powell', 'Price', 'Quinn',
  'Ramirez', 'Raman', 'Reed', 'Reyes', 'Richardson', 'Rivera', 'Roberts', 'Robinson', 'Rodriguez', 'Rogers',
  'Romero', 'Ross', 'Russell', 'Ryan', 'Sanchez', 'Sanders', 'Schmidt', 'Schneider', 'Scott', 'Shah',
  'Simmons', 'Smith', 'Smyth', 'Sokolov', 'Stewart', 'Sullivan', 'Suzuki', 'Tanaka', 'Taylor', 'Thomas',
  'Thompson', 'Torres', 'Turner', 'Walker', 'Wallace', 'Ward', 'Washington', 'Watson', 'White', 'Williams',
  'Wilson', 'Wisniewski', 'Wojcik', 'Wood', 'Wright', 'Yamamoto', 'Young', 'Zielinski',
];

/** The businesses some contacts call for: a hospice, a parish, another funeral home. */
export const BUSINESS_NAMES = [
  'Rosehill Hospice', 'St. Hyacinth Parish', 'Lakeview Care Home', 'Northside Senior Living', 'Mercy Hospital',
  'Oak Park Nursing Center', 'Holy Family Church', 'Evergreen Hospice Care',
];
