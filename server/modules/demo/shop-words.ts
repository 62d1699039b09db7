/**
 * The vocabulary the demo shop is written from: people's names, where they live, and a catalog
 * of products. Every address is under the reserved example domains, and every book title is made up.
 */

export const FIRST_NAMES = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Sophia', 'Mateo', 'Mia', 'Elias', 'Amelia', 'Leon',
  'Charlotte', 'Hugo', 'Isabella', 'Oscar', 'Chloé', 'Finn', 'Léa', 'Jonas', 'Sofía', 'Diego', 'Valentina',
  'Marco', 'Giulia', 'Luca', 'Freja', 'Axel', 'Ingrid', 'Lars', 'Yuki', 'Haruto', 'Sakura', 'Ren', 'Aiko',
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Zoe', 'Ethan', 'Grace', 'James',
  'Hannah', 'Daniel', 'Nora', 'Samuel', 'Elena', 'Pablo', 'Camila', 'Gabriel', 'Beatriz', 'Thiago', 'Julia',
  'Max', 'Clara', 'Felix', 'Ida', 'Anton', 'Maja', 'Ruby', 'Jack', 'Isla', 'Oliver', 'Lily', 'Henry',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Wilson', 'Anderson',
  'Taylor', 'Thomas', 'Moore', 'Martin', 'Lee', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Müller',
  'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Dubois', 'Moreau', 'Laurent', 'Lefèvre',
  'Bernard', 'Rossi', 'Russo', 'Ferrari', 'Bianchi', 'Romano', 'García', 'Fernández', 'López', 'Sánchez',
  'Pérez', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Andersson', 'Johansson', 'Karlsson', 'Nilsson',
  'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Silva', 'Santos', 'Oliveira', 'Souza', 'Costa',
  'Hernández', 'Ramírez', 'Torres', 'Flores', 'Patel', 'Sharma', 'Nguyen', 'Kowalski', 'Novak', 'Murphy',
];

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'shop.example'];

/** Countries with their share of customers, in percent, and some of their cities. */
export const COUNTRIES: { country: string; weight: number; cities: string[] }[] = [
  { country: 'United States', weight: 28, cities: ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Seattle', 'Austin', 'Boston', 'Denver', 'Atlanta', 'Portland'] },
  { country: 'United Kingdom', weight: 10, cities: ['London', 'Manchester', 'Birmingham', 'Edinburgh', 'Bristol', 'Leeds'] },
  { country: 'Germany', weight: 10, cities: ['Berlin', 'Munich', 'Hamburg', 'Cologne', 'Frankfurt', 'Leipzig'] },
  { country: 'France', weight: 8, cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille'] },
  { country: 'Canada', weight: 7, cities: ['Toronto', 'Vancouver', 'Montreal', 'Calgary', 'Ottawa'] },
  { country: 'Australia', weight: 6, cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide'] },
  { country: 'Spain', weight: 5, cities: ['Madrid', 'Barcelona', 'Valencia', 'Seville', 'Bilbao'] },
  { country: 'Italy', weight: 5, cities: ['Rome', 'Milan', 'Turin', 'Naples', 'Bologna', 'Florence'] },
  { country: 'Japan', weight: 5, cities: ['Tokyo', 'Osaka', 'Yokohama', 'Kyoto', 'Fukuoka'] },
  { country: 'Netherlands', weight: 4, cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'The Hague', 'Eindhoven'] },
  { country: 'Brazil', weight: 4, cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'] },
  { country: 'Sweden', weight: 3, cities: ['Stockholm', 'Gothenburg', 'Malmö', 'Uppsala'] },
  { country: 'Mexico', weight: 3, cities: ['Mexico City', 'Guadalajara', 'Monterrey', 'Puebla'] },
  { country: 'India', weight: 2, cities: ['Bengaluru', 'Mumbai', 'Delhi', 'Pune'] },
];

export interface CatalogCategory {
  category: string;
  /** The SKU's prefix. */
  code: string;
  /** Base names and prices in dollars. */
  items: [string, number][];
  /** Variants and their price factor; '' is the plain product. */
  variants: [string, number][];
  /** Variants read as `Name (Variant)` rather than `Name Variant`. */
  parenthesized?: boolean;
  /** A description that fits every product of the category. */
  blurb: string;
}

export const CATALOG: CatalogCategory[] = [
  {
    category: 'Electronics',
    code: 'ELE',
    items: [['Wireless Headphones', 129], ['Bluetooth Speaker', 79], ['USB-C Charger', 29], ['Smartwatch', 249], ['E-Reader', 139], ['Webcam', 69],
      ['Portable SSD', 119], ['Mechanical Keyboard', 99], ['Wireless Mouse', 39], ['Power Bank', 49], ['Noise-cancelling Earbuds', 159], ['4K Monitor', 399]],
    variants: [['', 1], ['Pro', 1.4], ['Lite', 0.75], ['Max', 1.7], ['Mini', 0.8], ['2nd Gen', 1.1]],
    blurb: 'Ships with a two-year warranty.',
  },
  {
    category: 'Home & Kitchen',
    code: 'HOM',
    items: [["Chef's Knife", 59], ['Cast Iron Skillet', 45], ['French Press', 32], ['Espresso Machine', 349], ['Blender', 89], ['Cutting Board', 25],
      ['Dutch Oven', 99], ['Toaster', 49], ['Electric Kettle', 39], ['Stand Mixer', 279], ['Coffee Grinder', 59]],
    variants: [['', 1], ['Deluxe', 1.5], ['Compact', 0.8], ['Stainless', 1.2], ['Matte Black', 1.1], ['Copper', 1.3]],
    blurb: 'Made for daily use in a busy kitchen.',
  },
  {
    category: 'Books',
    code: 'BOO',
    items: [['Practical Databases', 42], ['The Last Lighthouse', 15], ['Gardens of Stone', 17], ['Cooking for Two', 24], ['The Long Way North', 16],
      ['Designing Small Systems', 39], ['Tales of the Tide', 14], ['Quiet Numbers', 21], ['Atlas of Rivers', 35], ['A Year of Soups', 28]],
    variants: [['Paperback', 1], ['Hardcover', 1.6], ['Audiobook', 1.2], ['Large Print', 1.3], ["Collector's Edition", 2.5], ['E-book', 0.6]],
    parenthesized: true,
    blurb: 'A reader favourite, reprinted with a new foreword.',
  },
  {
    category: 'Clothing',
    code: 'CLO',
    items: [['Merino Sweater', 89], ['Rain Jacket', 129], ['Denim Jeans', 69], ['Linen Shirt', 55], ['Running Shorts', 35], ['Wool Socks 3-Pack', 19],
      ['Hoodie', 59], ['Chino Pants', 65], ['Down Vest', 110], ['Leather Belt', 39]],
    variants: [['Navy', 1], ['Black', 1], ['Grey', 1], ['Olive', 1.05], ['Burgundy', 1.05], ['Sand', 1]],
    parenthesized: true,
    blurb: 'Regular fit; free returns within 30 days.',
  },
  {
    category: 'Sports & Outdoors',
    code: 'SPO',
    items: [['Yoga Mat', 35], ['Trail Running Shoes', 139], ['Two-Person Tent', 199], ['Sleeping Bag', 129], ['Insulated Water Bottle', 25],
      ['Hiking Backpack', 119], ['Resistance Bands', 22], ['Adjustable Dumbbells', 179], ['Bike Helmet', 69], ['Headlamp', 35]],
    variants: [['', 1], ['Pro', 1.35], ['Ultralight', 1.5], ['Kids', 0.7], ['XL', 1.15], ['Trail Edition', 1.2]],
    blurb: 'Tested outdoors in all four seasons.',
  },
  {
    category: 'Toys & Games',
    code: 'TOY',
    items: [['Building Blocks Set', 49], ['Wooden Puzzle', 19], ['Strategy Board Game', 39], ['Plush Bear', 24], ['Remote Control Car', 59],
      ['Card Game', 14], ['Science Kit', 34], ['Doll House', 89], ['Wooden Train Set', 79], ['Art Supplies Box', 29]],
    variants: [['', 1], ['Deluxe', 1.6], ['Travel', 0.6], ['Junior', 0.8], ['Family Edition', 1.3], ['Starter', 0.7]],
    blurb: 'Recommended for ages 6 and up.',
  },
  {
    category: 'Beauty',
    code: 'BEA',
    items: [['Face Cream', 28], ['Shampoo', 14], ['Conditioner', 14], ['Sunscreen SPF 50', 18], ['Lip Balm', 6], ['Hair Dryer', 79],
      ['Body Lotion', 16], ['Eau de Parfum', 65], ['Beard Oil', 19], ['Clay Mask', 22]],
    variants: [['', 1], ['Travel Size', 0.5], ['Sensitive', 1.1], ['Unscented', 1], ['Family Size', 1.8], ['Organic', 1.3]],
    blurb: 'A customer favourite since 2019.',
  },
  {
    category: 'Garden',
    code: 'GAR',
    items: [['Garden Hose', 39], ['Pruning Shears', 29], ['Raised Bed Kit', 119], ['Watering Can', 22], ['Seed Starter Tray', 15], ['Bird Feeder', 34],
      ['Compost Bin', 79], ['Garden Gloves', 14], ['Solar Path Lights', 45], ['Lawn Sprinkler', 29]],
    variants: [['', 1], ['Heavy Duty', 1.4], ['Compact', 0.8], ['Premium', 1.6], ['Green', 1], ['Terracotta', 1.05]],
    blurb: 'Made to last through the seasons.',
  },
  {
    category: 'Office',
    code: 'OFF',
    items: [['Desk Lamp', 45], ['A5 Notebook', 12], ['Fountain Pen', 49], ['Ergonomic Chair', 329], ['Standing Desk', 499], ['Monitor Arm', 89],
      ['Desk Organizer', 25], ['Whiteboard', 59], ['Paper Shredder', 99], ['Label Printer', 79]],
    variants: [['', 1], ['Pro', 1.4], ['Compact', 0.8], ['Walnut', 1.3], ['White', 1], ['Black', 1]],
    blurb: 'Built for long working days.',
  },
];

export const ORDER_NOTES = [
  'Please leave the parcel at the front door.',
  'Gift wrap, please.',
  'Deliver after 5 pm.',
  'Ring the bell twice.',
  'Customer asked for a paper invoice.',
  'Combine with the previous order if possible.',
  'Leave with the neighbour if nobody is home.',
  'Fragile: handle with care.',
];
