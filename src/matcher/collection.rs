//! Collection: keeps bill lines and transactions (few), aggregates usage per service and
//! period on arrival (many), and notes which services each usage file holds records of.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::config::Config;
use crate::import::Sink;
use crate::model::{
    normalize_number, BillLine, BillTotal, Period, SourceRef, Transaction, UsageKind, UsageRecord,
};
use crate::short_text::ShortText;

/// Usage of one service in one period, summed while streaming.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UsageAgg {
    pub records: u64,
    pub seconds: u64,
    pub bytes: u64,
    pub fee: Decimal,
    /// The first record seen (for evidence).
    pub first: Option<SourceRef>,
}

impl UsageAgg {
    /// Count one usage record.
    fn add(&mut self, r: &UsageRecord) {
        if self.first.is_none() {
            self.first = Some(r.source.clone());
        }
        self.add_counts(r);
    }

    /// [`UsageAgg::add`] onto sums that hold a record already (so `first` is set): once per
    /// usage record, inlined into [`Collector::usage`].
    #[inline(always)]
    fn add_counts(&mut self, r: &UsageRecord) {
        self.records += 1;
        self.seconds = self.seconds.saturating_add(r.seconds);
        self.bytes = self.bytes.saturating_add(r.bytes);
        // Most records are free. rust_decimal gives `x + 0` as `x` itself, scale and all,
        // when `x` is not zero (see `a_free_record_leaves_the_fee_sum_as_it_is`), so that sum
        // is skipped; onto a zero sum, where the result takes the record's scale, it is made.
        if !r.fee.is_zero() || self.fee.is_zero() {
            self.fee = self.fee.saturating_add(r.fee);
        }
    }

    pub fn merge(&mut self, o: &UsageAgg) {
        self.records += o.records;
        self.seconds = self.seconds.saturating_add(o.seconds);
        self.bytes = self.bytes.saturating_add(o.bytes);
        self.fee = self.fee.saturating_add(o.fee);
        if self.first.is_none() {
            self.first.clone_from(&o.first);
        }
    }
}

/// What one usage file holds: the services its records belong to and the days they span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageSource {
    pub file: Arc<str>,
    /// Per service (index into `config.services`): whether the file holds its records.
    pub services: Vec<bool>,
    /// The first and last day of its records.
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl UsageSource {
    fn absorb(&mut self, o: &UsageSource) {
        for (mine, theirs) in self.services.iter_mut().zip(&o.services) {
            *mine |= *theirs;
        }
        self.first = self.first.min(o.first);
        self.last = self.last.max(o.last);
    }
}

/// Receives imported records: keeps bill lines and transactions (small), aggregates usage
/// per service and period on arrival (large).
#[derive(Debug)]
pub struct Collector<'c> {
    config: &'c Config,
    pub bill_lines: Vec<BillLine>,
    pub bill_totals: Vec<BillTotal>,
    pub transactions: Vec<Transaction>,
    pub usage: BTreeMap<(String, Period), UsageAgg>,
    /// Usage that no service tracks, per kind.
    pub unassigned_usage: BTreeMap<UsageKind, UsageAgg>,
    /// Records that more than one service could claim (counted for each of them).
    pub ambiguous_usage: u64,
    /// Per usage file, in the order first seen: the services it holds and its span.
    pub sources: Vec<UsageSource>,
    /// Usage per service (index into `config.services`) and period while streaming, folded
    /// into `usage` by [`Collector::finish`]: no key is allocated per record.
    by_service: Vec<PeriodSums>,
    /// The services a usage record can belong to, per raw number text and usage kind.
    candidates: NumberCache,
    /// What works out a new number's services.
    index: OnceCell<ServiceIndex>,
    /// The same for records without a number.
    no_number: ByKind,
    /// The file and day of the last record counted for a service, and what follows from
    /// them: a file's records come in time order, many a day, so this is worked out once a
    /// day rather than per record.
    here: Option<Here>,
}

/// What the records of one day of one file share; see [`Collector::usage`].
#[derive(Debug)]
struct Here {
    /// The file (held, so that no other file's name can take its address while it is
    /// compared by pointer).
    file: Arc<str>,
    day: NaiveDate,
    /// The day's period, and its [`period_key`].
    period: Period,
    key: u64,
    /// The file's entry in `sources` once a record of this day and file was counted (its
    /// span then holds the day, and the next records of the day need not widen it);
    /// [`UNSEEN`] before.
    source: usize,
}

/// [`Here::source`] before it is looked up.
const UNSEEN: usize = usize::MAX - 1;
/// [`Slot::marked`] before any entry is marked. Neither is an index (`sources` would not
/// fit in memory) and they differ, so that a slot is never taken as marked in an entry
/// not looked up yet.
const UNMARKED: usize = usize::MAX;

/// How many distinct number texts a collector remembers the services of.
const MAX_CACHED_NUMBERS: usize = 4096;

/// What is known of the records of one number text, per usage kind (`UsageKind as usize`).
type ByKind = [Slot; 4];

/// The records of one number text and usage kind.
#[derive(Debug)]
struct Slot {
    /// The services they can belong to, once worked out.
    services: Option<Box<[usize]>>,
    /// The entry in `sources` whose flags already show these services ([`UNMARKED`] for
    /// none): a file's entry is marked once rather than per record (a flag once set stays
    /// set).
    marked: usize,
}

impl Default for Slot {
    fn default() -> Self {
        Slot {
            services: None,
            marked: UNMARKED,
        }
    }
}

/// One service's usage per period while streaming. The sums of the period of the service's
/// latest record are kept out of the map: records come in time order within a file, so
/// nearly every record adds to them after one comparison, and the map is touched once per
/// change of period. Each period's sum still sees its records one by one in arrival order,
/// so the totals are the ones a map entry per record gave.
#[derive(Debug, Clone)]
struct PeriodSums {
    /// The period of `current`, and its [`period_key`] (compared per record).
    period: Period,
    key: u64,
    /// Sums without a record stand for no sums at all (every record counts one), so no
    /// `Option` is needed: the period before the first record is none a record can have
    /// (month `u32::MAX`), so that a record's sums are always made by
    /// [`PeriodSums::switch_and_add`], which sets their first record.
    current: UsageAgg,
    others: BTreeMap<Period, UsageAgg>,
}

/// A period as one number, equal for equal periods only.
fn period_key(p: Period) -> u64 {
    (u64::from(p.year as u32) << 32) | u64::from(p.month)
}

impl Default for PeriodSums {
    fn default() -> Self {
        let none = Period {
            year: -1,
            month: u32::MAX,
        };
        PeriodSums {
            period: none,
            key: period_key(none),
            current: UsageAgg::default(),
            others: BTreeMap::new(),
        }
    }
}

impl PeriodSums {
    /// The sums of period `p`, created empty the first time.
    fn at(&mut self, p: Period) -> &mut UsageAgg {
        if self.key != period_key(p) {
            self.switch_to(p);
        }
        &mut self.current
    }

    /// Count `r` in period `period`, whose [`period_key`] is `key`.
    #[inline(always)]
    fn add(&mut self, key: u64, period: Period, r: &UsageRecord) {
        if self.key == key {
            self.current.add_counts(r);
        } else {
            self.switch_and_add(period, r);
        }
    }

    /// [`PeriodSums::add`] of a record of another period than the current one.
    #[cold]
    #[inline(never)]
    fn switch_and_add(&mut self, p: Period, r: &UsageRecord) {
        self.switch_to(p);
        self.current.add(r);
    }

    /// Make `p` the current period, putting the current one's sums into the map.
    fn switch_to(&mut self, p: Period) {
        let sums = self.others.remove(&p).unwrap_or_default();
        let old = std::mem::replace(&mut self.current, sums);
        if old.records > 0 {
            self.others.insert(self.period, old);
        }
        self.period = p;
        self.key = period_key(p);
    }

    /// Every period's sums, in period order.
    fn into_map(mut self) -> BTreeMap<Period, UsageAgg> {
        if self.current.records > 0 {
            self.others.insert(self.period, self.current);
        }
        self.others
    }
}

/// The services of the number texts seen, by kind: phone numbers (short) by a [`ShortText`]
/// key, longer texts by the text; at most [`MAX_CACHED_NUMBERS`] texts in all.
#[derive(Debug)]
struct NumberCache {
    /// Per number text, its index in `slots`.
    short: hashbrown::HashMap<ShortText, u32>,
    long: hashbrown::HashMap<String, u32>,
    slots: Vec<ByKind>,
    /// Short texts seen lately and their index in `slots`, each in the place its
    /// [`ShortText::place`] gives: a number whose place it holds is found with one
    /// comparison instead of a hash lookup in `short`. Texts that share a place only take
    /// the lookup (which puts them there); the answer is the same.
    recent: Box<[(ShortText, u32); RECENT]>,
}

/// How many places [`NumberCache::recent`] has.
const RECENT: usize = 256;

impl Default for NumberCache {
    fn default() -> Self {
        let none = ShortText::NONE;
        NumberCache {
            short: Default::default(),
            long: Default::default(),
            slots: Vec::new(),
            recent: Box::new([(none, 0); RECENT]),
        }
    }
}

impl NumberCache {
    /// The entry of `number`, made empty if it is new and the cache has room; `None` for a
    /// new number once the cache is full. The key of a long text is allocated only for a
    /// new one.
    #[inline(always)]
    fn entry(&mut self, number: &str) -> Option<&mut ByKind> {
        let Some(key) = ShortText::of(number.as_bytes()) else {
            return self.long_entry(number);
        };
        let place = key.place(RECENT);
        let (known, at) = self.recent[place];
        if known == key {
            return self.slots.get_mut(at as usize);
        }
        self.short_entry(key, place)
    }

    /// [`NumberCache::entry`] of a short text not in its recent place.
    #[inline(never)]
    fn short_entry(&mut self, key: ShortText, place: usize) -> Option<&mut ByKind> {
        let at = match self.short.get(&key) {
            Some(at) => *at,
            None => self.insert(|c, at| {
                c.short.insert(key, at);
            })?,
        };
        self.recent[place] = (key, at);
        self.slots.get_mut(at as usize)
    }

    /// [`NumberCache::entry`] of a text longer than 16 bytes (not a phone number).
    #[inline(never)]
    fn long_entry(&mut self, number: &str) -> Option<&mut ByKind> {
        let at = match self.long.get(number) {
            Some(at) => *at,
            None => self.insert(|c, at| {
                c.long.insert(number.to_string(), at);
            })?,
        };
        self.slots.get_mut(at as usize)
    }

    /// A new text's empty entry, its key put in by `key`; `None` once the cache is full.
    #[cold]
    fn insert(&mut self, key: impl FnOnce(&mut Self, u32)) -> Option<u32> {
        if self.slots.len() >= MAX_CACHED_NUMBERS {
            return None;
        }
        let at = self.slots.len() as u32;
        self.slots.push(ByKind::default());
        key(self, at);
        Some(at)
    }
}

/// The config's services by the numbers they list, to find the services a usage record can
/// belong to without going through every service. Built once per collector, on its first
/// record (each file has its own collector, and a case has many services and numbers).
#[derive(Debug, Default)]
struct ServiceIndex {
    /// Per number a service lists, the services that list it, in config order.
    by_number: hashbrown::HashMap<String, Vec<usize>>,
    /// The services that list no number (they take every number), in config order.
    any_number: Vec<usize>,
}

impl ServiceIndex {
    fn new(config: &Config) -> Self {
        let mut index = ServiceIndex::default();
        for (i, s) in config.services.iter().enumerate() {
            if s.numbers.is_empty() {
                index.any_number.push(i);
            }
            for n in &s.numbers {
                let listed = index.by_number.entry_ref(n.as_str()).or_default();
                if listed.last() != Some(&i) {
                    listed.push(i);
                }
            }
        }
        index
    }

    /// The services, in config order, that a usage record of `kind` on number `raw` can
    /// belong to: those tracking `kind` that list the number or list none. Data use that
    /// no service tracks goes to a broadband line listing the number itself (a session log
    /// that states traffic but not what kind of line it is: 起始时间, 流量, 账号), never
    /// to a service without numbers. A record without a number (or with an empty one) can
    /// belong to every service tracking its kind.
    #[inline(never)]
    fn candidates(&self, config: &Config, kind: UsageKind, raw: Option<&str>) -> Box<[usize]> {
        let tracking =
            |k: UsageKind| move |i: &usize| config.services[*i].kind.tracks(k).then_some(*i);
        let Some(n) = raw.map(normalize_number).filter(|n| !n.is_empty()) else {
            return (0..config.services.len())
                .filter_map(|i| tracking(kind)(&i))
                .collect();
        };
        let listed = self
            .by_number
            .get(n.as_str())
            .map_or(&[][..], Vec::as_slice);
        // A service either lists numbers or not: the two lists are disjoint.
        let mut by_kind: Vec<usize> = (self.any_number.iter())
            .chain(listed)
            .filter_map(tracking(kind))
            .collect();
        by_kind.sort_unstable();
        if by_kind.is_empty() && kind == UsageKind::Data {
            // The broadband fallback: by the number itself only.
            return listed
                .iter()
                .filter_map(tracking(UsageKind::Broadband))
                .collect();
        }
        by_kind.into_boxed_slice()
    }
}

impl<'c> Collector<'c> {
    pub fn new(config: &'c Config) -> Self {
        Collector {
            config,
            bill_lines: Vec::new(),
            bill_totals: Vec::new(),
            transactions: Vec::new(),
            usage: BTreeMap::new(),
            unassigned_usage: BTreeMap::new(),
            ambiguous_usage: 0,
            sources: Vec::new(),
            by_service: vec![PeriodSums::default(); config.services.len()],
            candidates: NumberCache::default(),
            index: OnceCell::new(),
            no_number: Default::default(),
            here: None,
        }
    }

    /// Append what `other` collected after what this one did (files merged in their order
    /// give the same result as importing them one after the other into one collector).
    pub fn merge(&mut self, other: Collector<'_>) {
        self.bill_lines.extend(other.bill_lines);
        self.bill_totals.extend(other.bill_totals);
        self.transactions.extend(other.transactions);
        for (k, a) in other.usage {
            self.usage.entry(k).or_default().merge(&a);
        }
        for (k, a) in other.unassigned_usage {
            self.unassigned_usage.entry(k).or_default().merge(&a);
        }
        self.ambiguous_usage += other.ambiguous_usage;
        for s in other.sources {
            match self.sources.iter_mut().find(|m| m.file == s.file) {
                Some(m) => m.absorb(&s),
                None => self.sources.push(s),
            }
        }
        for (mine, theirs) in self.by_service.iter_mut().zip(other.by_service) {
            for (p, a) in theirs.into_map() {
                mine.at(p).merge(&a);
            }
        }
    }

    /// Fold the per-service aggregates into `usage`.
    pub fn finish(mut self) -> Self {
        for (i, m) in std::mem::take(&mut self.by_service).into_iter().enumerate() {
            let id = &self.config.services[i].id;
            for (p, a) in m.into_map() {
                self.usage.entry((id.clone(), p)).or_default().merge(&a);
            }
        }
        self.by_service = vec![PeriodSums::default(); self.config.services.len()];
        self
    }
}

/// The index in `sources` of the record's file, its span widened to the record's day: the
/// last entry in the common case (records of a file arrive together). Once per day and file.
#[cold]
#[inline(never)]
fn source_of(sources: &mut Vec<UsageSource>, services: usize, r: &UsageRecord) -> usize {
    let day = r.start.date();
    let at = match sources.last() {
        Some(s) if Arc::ptr_eq(&s.file, &r.source.file) => sources.len() - 1,
        _ => other_source(sources, services, r),
    };
    let s = &mut sources[at];
    if day < s.first {
        s.first = day;
    } else if day > s.last {
        s.last = day;
    }
    at
}

/// Where the record's file is in `sources` when it is not the last entry by pointer (a new
/// file, another file's records, or the same file name in another `Arc`); a new entry if the
/// file is new (there is one entry per file name).
fn other_source(sources: &mut Vec<UsageSource>, services: usize, r: &UsageRecord) -> usize {
    let same = |s: &UsageSource| Arc::ptr_eq(&s.file, &r.source.file) || s.file == r.source.file;
    if let Some(at) = sources.iter().position(same) {
        return at;
    }
    let day = r.start.date();
    sources.push(UsageSource {
        file: r.source.file.clone(),
        services: vec![false; services],
        first: day,
        last: day,
    });
    sources.len() - 1
}

impl Here {
    /// The record's file and day, whose entry in `sources` is not looked up yet.
    #[cold]
    #[inline(never)]
    fn of<'h>(here: &'h mut Option<Here>, r: &UsageRecord) -> &'h mut Here {
        let day = r.start.date();
        let period = Period::of(day);
        here.insert(Here {
            file: r.source.file.clone(),
            day,
            period,
            key: period_key(period),
            source: UNSEEN,
        })
    }
}

/// For a record whose slot is not marked in the entry of `here`'s file: look that entry up
/// (and widen its span to the day) if this is the day's first record counted, and flag the
/// slot's `services` in it. Once per day and file, and once per file and slot.
#[cold]
#[inline(never)]
fn settle(
    here: &mut Here,
    sources: &mut Vec<UsageSource>,
    config: &Config,
    marked: &mut usize,
    services: &[usize],
    r: &UsageRecord,
) {
    if here.source == UNSEEN {
        here.source = source_of(sources, config.services.len(), r);
    }
    if *marked != here.source {
        let source = &mut sources[here.source];
        for &i in services {
            source.services[i] = true;
        }
        *marked = here.source;
    }
}

/// Count a record that no service tracks.
#[inline(never)]
fn unassigned(sums: &mut BTreeMap<UsageKind, UsageAgg>, r: &UsageRecord) {
    sums.entry(r.kind).or_default().add(r);
}

/// What counting a usage record whose services are known changes: the collector's fields
/// but the number cache, which holds the record's [`Slot`].
struct Tally<'a> {
    config: &'a Config,
    here: &'a mut Option<Here>,
    sources: &'a mut Vec<UsageSource>,
    by_service: &'a mut [PeriodSums],
    unassigned: &'a mut BTreeMap<UsageKind, UsageAgg>,
    ambiguous: &'a mut u64,
}

impl Tally<'_> {
    /// Count `r` for each of `services`: in the service's sums of the record's period, and
    /// in the flags and span of the record's file. `marked` is the [`Slot::marked`] of the
    /// record's slot.
    #[inline(always)]
    fn count(self, marked: &mut usize, services: &[usize], r: &UsageRecord) {
        if services.is_empty() {
            return unassigned(self.unassigned, r);
        }
        if services.len() > 1 {
            // Conservative: usage that could belong to several services counts for each,
            // so no service is ever called unused because of an ambiguous record.
            *self.ambiguous += 1;
        }
        let here = match self.here {
            Some(h) if h.day == r.start.date() && Arc::ptr_eq(&h.file, &r.source.file) => h,
            here => Here::of(here, r),
        };
        if *marked != here.source {
            settle(here, self.sources, self.config, marked, services, r);
        }
        // One service, the common case, without a loop: for a loop the compiler sets the
        // record's fields aside first, which costs more than the sum itself.
        match *services {
            [i] => self.by_service[i].add(here.key, here.period, r),
            ref several => add_to_each(self.by_service, several, here, r),
        }
    }
}

/// Count `r` for each of several services (an ambiguous record).
#[inline(never)]
fn add_to_each(by_service: &mut [PeriodSums], services: &[usize], here: &Here, r: &UsageRecord) {
    for &i in services {
        by_service[i].add(here.key, here.period, r);
    }
}

/// The [`Tally`] of a collector's fields, beside a borrow of its number cache.
macro_rules! tally {
    ($c:expr) => {
        Tally {
            config: $c.config,
            here: &mut $c.here,
            sources: &mut $c.sources,
            by_service: &mut $c.by_service,
            unassigned: &mut $c.unassigned_usage,
            ambiguous: &mut $c.ambiguous_usage,
        }
    };
}

impl Collector<'_> {
    /// A record of a number that is not in the cache, which is full.
    #[cold]
    #[inline(never)]
    fn usage_uncached(&mut self, r: &UsageRecord) {
        let config = self.config;
        let index = self.index.get_or_init(|| ServiceIndex::new(config));
        let services = index.candidates(config, r.kind, r.number.as_deref());
        let mut marked = UNMARKED;
        tally!(self).count(&mut marked, &services, r);
    }
}

impl Sink for Collector<'_> {
    fn bill_line(&mut self, line: BillLine) {
        self.bill_lines.push(line);
    }
    fn bill_total(&mut self, total: BillTotal) {
        self.bill_totals.push(total);
    }
    fn transaction(&mut self, tx: Transaction) {
        self.transactions.push(tx);
    }
    fn usage(&mut self, r: &UsageRecord) {
        let config = self.config;
        let index = &self.index;
        let slot = match r.number.as_deref() {
            None => &mut self.no_number[r.kind as usize],
            Some(n) => match self.candidates.entry(n) {
                Some(by_kind) => &mut by_kind[r.kind as usize],
                None => return self.usage_uncached(r),
            },
        };
        let services = slot.services.get_or_insert_with(|| {
            (index.get_or_init(|| ServiceIndex::new(config))).candidates(
                config,
                r.kind,
                r.number.as_deref(),
            )
        });
        tally!(self).count(&mut slot.marked, services, r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The services a usage record can belong to, worked out from the config service by
    /// service: what [`ServiceIndex::candidates`] must give.
    fn usage_candidates(config: &Config, kind: UsageKind, number: Option<&str>) -> Box<[usize]> {
        let number = number.map(normalize_number);
        let by_kind: Box<[usize]> = config
            .services
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind.tracks(kind) && s.matches_normalized(number.as_deref()))
            .map(|(i, _)| i)
            .collect();
        if !by_kind.is_empty() || kind != UsageKind::Data {
            return by_kind;
        }
        // A session log that states traffic but not what kind of line it is (起始时间, 流量,
        // 账号): data use on a number that the config names for a broadband line is that
        // line's use. Only by the number itself, never by a service without numbers.
        let Some(n) = number.as_deref().filter(|n| !n.is_empty()) else {
            return by_kind;
        };
        config
            .services
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.kind.tracks(UsageKind::Broadband) && s.numbers.iter().any(|x| x == n)
            })
            .map(|(i, _)| i)
            .collect()
    }

    fn config() -> Config {
        Config::parse(
            "billaudit.toml",
            "[account]\ncarrier = \"中国电信\"\n\n\
             [[service]]\nid = \"bb\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\nnumbers = [\"ADSL020-8800\"]\n\n\
             [[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\"]\nnumbers = [\"13800138000\"]\n\n\
             [[service]]\nid = \"bb2\"\nkind = \"broadband\"\nmatch = [\"专线\"]\n",
        )
        .expect("config")
    }

    /// What [`UsageAgg::add`] relies on to skip a free record: rust_decimal's sum of a
    /// nonzero amount and a zero is that amount, bit for bit (scale and sign included).
    #[test]
    fn a_free_record_leaves_the_fee_sum_as_it_is() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let zeros = [Decimal::ZERO, d("0.00"), d("-0.000"), d("0.0000000000")];
        for sum in [
            "0.01",
            "-3.5",
            "12",
            "1.000000000000000000000000001",
            "123456789012345678901234.56",
            "-79228162514264337593543950335",
        ] {
            for z in zeros {
                let got = d(sum).saturating_add(z);
                assert_eq!(got.serialize(), d(sum).serialize(), "{sum} + {z}");
            }
        }
        // Onto a zero sum, the record's zero is what the sum becomes (so it is added).
        assert_eq!(Decimal::ZERO.saturating_add(d("0.00")).to_string(), "0.00");
    }

    /// Sums per period are the same whether records of a service alternate between periods
    /// or not, and come out in period order.
    #[test]
    fn period_sums_follow_each_period() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        let mut sums = PeriodSums::default();
        for (per, n) in [
            ("2025-02", 1),
            ("2025-01", 2),
            ("2025-02", 3),
            ("2025-02", 4),
        ] {
            sums.at(p(per)).records += n;
        }
        let map = sums.into_map();
        let got: Vec<(Period, u64)> = map.into_iter().map(|(k, a)| (k, a.records)).collect();
        assert_eq!(got, [(p("2025-01"), 2), (p("2025-02"), 8)]);
    }

    /// The collector's sums, file entries and counts are those of the plain reading (each
    /// record's services looked up afresh and counted in order), whatever the order of
    /// numbers, kinds, days, periods and files, and once the number cache is full.
    #[test]
    fn collected_usage_is_the_plain_count_of_every_record() {
        let c = config();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let named = [
            "13800138000",
            "ADSL020-8800",
            "ADSL0208800",
            "13900000000",
            "",
        ];
        let long = "an-account-name-longer-than-16";
        let (a, b) = (Arc::<str>::from("a.csv"), Arc::<str>::from("b.csv"));
        let files = [a.clone(), b, Arc::<str>::from("a.csv"), a];
        let fees = ["0.00", "0", "0.15", "-0.15", "1.5", "0.000"];
        let mut day = NaiveDate::from_ymd_opt(2025, 1, 20).unwrap();
        let mut file = files[0].clone();
        let mut records = Vec::new();
        for row in 0..30_000u64 {
            match next(100) {
                0 => file = files[next(4) as usize].clone(),
                1..=8 => day = day.succ_opt().unwrap(),
                9 => day = day - chrono::Days::new(next(40)),
                _ => {}
            }
            let number = match next(10) {
                0 => None,
                1 => Some(long.to_string()),
                2..=5 => Some(named[next(5) as usize].to_string()),
                _ => Some(format!("1390000{:04}", next(5000))),
            };
            records.push(UsageRecord {
                start: day.and_hms_opt(0, 0, 0).unwrap(),
                kind: UsageKind::ALL[next(4) as usize],
                number,
                seconds: if next(50) == 0 {
                    u64::MAX - 1
                } else {
                    next(300)
                },
                bytes: next(1 << 20),
                fee: fees[next(6) as usize].parse().unwrap(),
                source: SourceRef::new(file.clone(), row),
            });
        }
        // A last file where a number's records of one kind come first each day, and those of
        // another kind (other services) after them.
        let d = Arc::<str>::from("d.csv");
        for (row, day) in (1..=3).flat_map(|n| [n, n]).enumerate() {
            let (kind, number) = match row % 2 {
                0 => (UsageKind::Voice, "13800138000"),
                _ => (UsageKind::Broadband, "ADSL020-8800"),
            };
            records.push(UsageRecord {
                start: NaiveDate::from_ymd_opt(2025, 2, day)
                    .unwrap()
                    .and_hms_opt(0, 0, 0)
                    .unwrap(),
                kind,
                number: Some(number.to_string()),
                seconds: 1,
                bytes: 0,
                fee: Decimal::ZERO,
                source: SourceRef::new(d.clone(), row as u64),
            });
        }
        let mut collector = Collector::new(&c);
        for r in &records {
            collector.usage(r);
        }
        let got = collector.finish();
        assert_eq!(got.candidates.slots.len(), MAX_CACHED_NUMBERS);

        let mut usage: BTreeMap<(String, Period), UsageAgg> = BTreeMap::new();
        let mut unassigned: BTreeMap<UsageKind, UsageAgg> = BTreeMap::new();
        let (mut ambiguous, mut sources) = (0, Vec::<UsageSource>::new());
        for r in &records {
            let services = usage_candidates(&c, r.kind, r.number.as_deref());
            if services.is_empty() {
                unassigned.entry(r.kind).or_default().add(r);
                continue;
            }
            ambiguous += u64::from(services.len() > 1);
            let day = r.start.date();
            let at = match sources.iter().position(|s| s.file == r.source.file) {
                Some(at) => at,
                None => {
                    sources.push(UsageSource {
                        file: r.source.file.clone(),
                        services: vec![false; c.services.len()],
                        first: day,
                        last: day,
                    });
                    sources.len() - 1
                }
            };
            let s = &mut sources[at];
            (s.first, s.last) = (s.first.min(day), s.last.max(day));
            for &i in services.iter() {
                s.services[i] = true;
                let key = (c.services[i].id.clone(), Period::of(day));
                usage.entry(key).or_default().add(r);
            }
        }
        assert!(ambiguous > 0 && !unassigned.is_empty());
        assert_eq!(got.ambiguous_usage, ambiguous);
        assert_eq!(got.unassigned_usage, unassigned);
        assert_eq!(got.sources, sources);
        assert_eq!(got.usage, usage);
    }

    /// The index gives every number text and kind the services a pass over all of them
    /// gives: shared numbers, a number listed twice, services without numbers, the
    /// broadband fallback, empty and unknown numbers.
    #[test]
    fn the_service_index_finds_what_a_pass_over_the_services_finds() {
        let c = Config::parse(
            "billaudit.toml",
            "[account]\ncarrier = \"中国电信\"\n\n\
             [[service]]\nid = \"bb\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\nnumbers = [\"ADSL020-8800\", \"13800138000\"]\n\n\
             [[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\"]\nnumbers = [\"13800138000\", \"+86 138-0013-8000\"]\n\n\
             [[service]]\nid = \"any\"\nkind = \"mobile\"\nmatch = [\"副卡\"]\n\n\
             [[service]]\nid = \"bb2\"\nkind = \"broadband\"\nmatch = [\"专线\"]\n\n\
             [[service]]\nid = \"m2\"\nkind = \"mobile\"\nmatch = [\"流量包\"]\nnumbers = [\"13900000000\"]\n",
        )
        .expect("config");
        let index = ServiceIndex::new(&c);
        let numbers = [
            "13800138000",
            "+86 138 0013 8000",
            "ADSL020-8800",
            "adsl0208800",
            "13900000000",
            "13700000000",
            "",
            "--",
        ];
        for n in numbers {
            for kind in UsageKind::ALL {
                assert_eq!(
                    index.candidates(&c, kind, Some(n)),
                    usage_candidates(&c, kind, Some(n)),
                    "{n:?} {kind:?}"
                );
            }
        }
        for kind in UsageKind::ALL {
            assert_eq!(
                index.candidates(&c, kind, None),
                usage_candidates(&c, kind, None),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn data_use_on_a_broadband_lines_own_number_is_that_lines_use() {
        let c = config();
        let index = ServiceIndex::new(&c);
        let candidates = |c: &Config, kind, number| index.candidates(c, kind, number);
        // Traffic of unknown kind on the broadband line's number: that line only (not the
        // second broadband service, which names no number).
        assert_eq!(&*candidates(&c, UsageKind::Data, Some("ADSL0208800")), &[0]);
        // Data on the mobile number stays mobile use.
        assert_eq!(&*candidates(&c, UsageKind::Data, Some("13800138000")), &[1]);
        // Data without a number, or on a number no service names, is nobody's.
        assert!(candidates(&c, UsageKind::Data, None)
            .iter()
            .all(|i| *i == 1));
        assert!(candidates(&c, UsageKind::Data, Some("13900000000")).is_empty());
    }
}
