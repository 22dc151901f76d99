//! Collection: keeps bill lines and transactions (few), aggregates usage per service and
//! period on arrival (many), and notes which services each usage file holds records of.

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
    /// Once per usage record: inlined into [`Collector::usage`], its only caller.
    #[inline(always)]
    fn add(&mut self, r: &UsageRecord) {
        self.records += 1;
        self.seconds = self.seconds.saturating_add(r.seconds);
        self.bytes = self.bytes.saturating_add(r.bytes);
        // Most records are free. rust_decimal gives `x + 0` as `x` itself, scale and all,
        // when `x` is not zero (see `a_free_record_leaves_the_fee_sum_as_it_is`), so that sum
        // is skipped; onto a zero sum, where the result takes the record's scale, it is made.
        if !r.fee.is_zero() || self.fee.is_zero() {
            self.fee = self.fee.saturating_add(r.fee);
        }
        if self.first.is_none() {
            self.first = Some(r.source.clone());
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
    /// The same for records without a number.
    no_number: ByKind,
    /// The day of the last usage record and its period: a file's records come in time
    /// order, many a day, so the period is worked out once a day rather than per record.
    last_day: Option<(NaiveDate, Period)>,
}

/// How many distinct number texts a collector remembers the services of.
const MAX_CACHED_NUMBERS: usize = 4096;

/// The services a record can belong to, per usage kind (`UsageKind as usize`), once known.
type ByKind = [Option<Box<[usize]>>; 4];

/// One service's usage per period while streaming. The sums of the period of the service's
/// latest record are kept out of the map: records come in time order within a file, so
/// nearly every record adds to them without a map lookup, and the map is touched once per
/// change of period. Each period's sum still sees its records one by one in arrival order,
/// so the totals are the ones a map entry per record gave.
#[derive(Debug, Clone, Default)]
struct PeriodSums {
    current: Option<(Period, UsageAgg)>,
    others: BTreeMap<Period, UsageAgg>,
}

impl PeriodSums {
    /// The sums of period `p`, created empty the first time.
    #[inline(always)]
    fn at(&mut self, p: Period) -> &mut UsageAgg {
        if !matches!(&self.current, Some((q, _)) if *q == p) {
            self.switch_to(p);
        }
        // Always `Some` of `p` here; the default only spares an unwrap.
        &mut self
            .current
            .get_or_insert_with(|| (p, UsageAgg::default()))
            .1
    }

    /// Make `p` the current period, putting the current one's sums into the map.
    #[cold]
    #[inline(never)]
    fn switch_to(&mut self, p: Period) {
        let sums = self.others.remove(&p).unwrap_or_default();
        if let Some((q, old)) = self.current.replace((p, sums)) {
            self.others.insert(q, old);
        }
    }

    /// Every period's sums, in period order.
    fn into_map(mut self) -> BTreeMap<Period, UsageAgg> {
        if let Some((p, sums)) = self.current.take() {
            self.others.insert(p, sums);
        }
        self.others
    }
}

/// A number text of at most 16 bytes as a key that hashes and compares in a few instructions
/// (a `String` key costs a call to memcmp per lookup): its first and its last eight bytes
/// (overlapping when it is shorter than 16), zero-padded below 8, and its length. Equal keys
/// mean equal texts: with the length known, the two words hold every byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShortText {
    head: u64,
    tail: u64,
    len: u8,
}

impl std::hash::Hash for ShortText {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // One 128-bit write, which foldhash mixes in one step (three writes take three).
        let tail = self.tail ^ u64::from(self.len);
        state.write_u128(u128::from(self.head) | (u128::from(tail) << 64));
    }
}

impl ShortText {
    fn of(text: &str) -> Option<ShortText> {
        let b = text.as_bytes();
        if b.len() > 16 {
            return None;
        }
        let (head, tail) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
            _ => {
                let mut w = [0u8; 8];
                w[..b.len()].copy_from_slice(b);
                (u64::from_le_bytes(w), 0)
            }
        };
        Some(ShortText {
            head,
            tail,
            len: b.len() as u8,
        })
    }
}

/// The services of the number texts seen, by kind: phone numbers (short) by a [`ShortText`]
/// key, longer texts by the text; at most [`MAX_CACHED_NUMBERS`] texts in all.
#[derive(Debug, Default)]
struct NumberCache {
    short: hashbrown::HashMap<ShortText, ByKind>,
    long: hashbrown::HashMap<String, ByKind>,
}

/// A new number's empty entry: out of line, which keeps the table's growth code out of the
/// per-record path.
#[cold]
#[inline(never)]
fn insert_new<'a, K: std::hash::Hash, S: std::hash::BuildHasher>(
    entry: hashbrown::hash_map::VacantEntry<'a, K, ByKind, S>,
) -> &'a mut ByKind {
    entry.insert(ByKind::default())
}

impl NumberCache {
    /// The entry of `number`, made empty if it is new and the cache has room; `None` for a
    /// new number once the cache is full. One hash per record; the key of a long text is
    /// allocated only for a new one.
    fn entry(&mut self, number: &str) -> Option<&mut ByKind> {
        let full = self.short.len() + self.long.len() >= MAX_CACHED_NUMBERS;
        match ShortText::of(number) {
            Some(key) if full => self.short.get_mut(&key),
            Some(key) => Some(match self.short.entry(key) {
                hashbrown::hash_map::Entry::Occupied(known) => known.into_mut(),
                hashbrown::hash_map::Entry::Vacant(new) => insert_new(new),
            }),
            None if full => self.long.get_mut(number),
            None => Some(self.long.entry_ref(number).or_default()),
        }
    }
}

// Once per number text and kind: kept out of line, so that the per-record path it would be
// inlined into stays small.
#[inline(never)]
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
        .filter(|(_, s)| s.kind.tracks(UsageKind::Broadband) && s.numbers.iter().any(|x| x == n))
        .map(|(i, _)| i)
        .collect()
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
            no_number: Default::default(),
            last_day: None,
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

/// The source entry of the record's file: the last one in the common case (records of a
/// file arrive together), so this is one pointer comparison per record.
fn source_of<'s>(
    sources: &'s mut Vec<UsageSource>,
    services: usize,
    r: &UsageRecord,
) -> &'s mut UsageSource {
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
    s
}

/// Where the record's file is in `sources` when it is not the last entry by pointer (a new
/// file, another file's records, or the same file name in another `Arc`); a new entry if the
/// file is new (there is one entry per file name).
#[cold]
#[inline(never)]
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

/// Count the record for service `i`, in its period and in its file's services.
#[inline(always)]
fn add_to(
    by_service: &mut [PeriodSums],
    source: &mut UsageSource,
    i: usize,
    period: Period,
    r: &UsageRecord,
) {
    source.services[i] = true;
    by_service[i].at(period).add(r);
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
        let day = r.start.date();
        let period = match self.last_day {
            Some((d, p)) if d == day => p,
            _ => {
                let p = Period::of(day);
                self.last_day = Some((day, p));
                p
            }
        };
        let config = self.config;
        let k = r.kind as usize;
        let computed;
        let candidates: &[usize] = match r.number.as_deref() {
            None => self.no_number[k].get_or_insert_with(|| usage_candidates(config, r.kind, None)),
            Some(n) => match self.candidates.entry(n) {
                Some(by_kind) => {
                    by_kind[k].get_or_insert_with(|| usage_candidates(config, r.kind, Some(n)))
                }
                None => {
                    computed = usage_candidates(config, r.kind, Some(n));
                    &computed
                }
            },
        };
        if candidates.is_empty() {
            self.unassigned_usage.entry(r.kind).or_default().add(r);
            return;
        }
        if candidates.len() > 1 {
            // Conservative: usage that could belong to several services counts for each,
            // so no service is ever called unused because of an ambiguous record.
            self.ambiguous_usage += 1;
        }
        let source = source_of(&mut self.sources, config.services.len(), r);
        // One service, the common case, without a loop: for a loop the compiler sets the
        // record's fields aside first, which costs more than the sum itself.
        match *candidates {
            [i] => add_to(&mut self.by_service, source, i, period, r),
            ref several => {
                for &i in several {
                    add_to(&mut self.by_service, source, i, period, r);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Equal short keys are equal texts, and the other way round.
    #[test]
    fn short_text_keys_tell_texts_apart() {
        let texts = [
            "",
            "1",
            "10",
            "1\0",
            "13800138000",
            "1380013800",
            "12345678",
            "123456789",
            "1\0\0\0\0\0\0\0",
            "1234567812345678",
            "0123456789abcdef",
            "123456789abcdef0",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(ShortText::of(a) == ShortText::of(b), a == b, "{a:?} {b:?}");
            }
        }
        assert!(ShortText::of("0123456789abcdefg").is_none());
    }

    #[test]
    fn data_use_on_a_broadband_lines_own_number_is_that_lines_use() {
        let c = config();
        // Traffic of unknown kind on the broadband line's number: that line only (not the
        // second broadband service, which names no number).
        assert_eq!(
            &*usage_candidates(&c, UsageKind::Data, Some("ADSL0208800")),
            &[0]
        );
        // Data on the mobile number stays mobile use.
        assert_eq!(
            &*usage_candidates(&c, UsageKind::Data, Some("13800138000")),
            &[1]
        );
        // Data without a number, or on a number no service names, is nobody's.
        assert!(usage_candidates(&c, UsageKind::Data, None)
            .iter()
            .all(|i| *i == 1));
        assert!(usage_candidates(&c, UsageKind::Data, Some("13900000000")).is_empty());
    }
}
