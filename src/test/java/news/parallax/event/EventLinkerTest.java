package news.parallax.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.parallax.extraction.Places;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Proclitics;
import news.parallax.text.Stems;

/** The scoring rules on events that share vocabulary, without a database. */
class EventLinkerTest {

    private static EventLinker.EventFacts event(String kind, String date, String place, String... names) {
        return event(kind, date, place, Map.of(), 0, names);
    }

    /** {@code frequencies}: in how many of {@code documents} articles around the event each word occurs. */
    private static EventLinker.EventFacts event(String kind, String date, String place, Map<String, Integer> frequencies, int documents,
            String... names) {
        Set<String> all = new java.util.HashSet<>();
        for (String name : names) {
            Stems.of(name).forEach(stem -> all.addAll(Proclitics.readings(stem)));
        }
        String effective = EventLinker.kindOf(kind, all);
        Set<String> leftOut = new java.util.HashSet<>(Stems.of(place));
        leftOut.addAll(EventLinker.notOwnNameWords(effective));
        List<String> written = Synonyms.withVariants(List.of(names)); // as LinkingService reads an event's names
        List<Set<String>> stems = written.stream().map(n -> EventLinker.ownNameWords(n, leftOut, effective)).toList();
        EventProfile profile = EventProfile.of(stems, written, null, List.of(), frequencies, documents);
        return new EventLinker.EventFacts(1, effective, LocalDate.parse(date), LocalDate.parse(date), List.of(place),
                Places.mostSpecific(List.of(place)), Set.of(), profile,
                Map.of(), List.of(), List.of(), EventLinker.aboutAnOccasion(kind, effective, List.of(names)));
    }

    /** {@code body}: an article's text, its first line its title when it has several lines. */
    private static EventLinker.TextFacts text(String published, String body, String... dates) {
        String title = body.contains("\n") ? body.substring(0, body.indexOf('\n')) : "";
        return new EventLinker.TextFacts(LocalDate.parse(published), title, EventProfile.topicTerms(title),
                NameNormalizer.normalize(body), Stems.of(EventLinker.withoutLookalikes(NameNormalizer.normalize(body))),
                EventProfile.topicTerms(body), List.of(dates), Set.of(), LinkingService.sentences(body), body);
    }

    @Test
    void theConferenceIsToldApartFromACourtCaseInTheSameCityAndWeek() {
        EventLinker.EventFacts conference = event("other", "2018-05-29", "باريس", "مؤتمر باريس حول ليبيا");
        assertEquals("conference", conference.kind(), "the kind comes from the name");
        assertTrue(EventLinker.score(conference, text("2018-05-30",
                "اتفق الفرقاء الليبيون في المؤتمر الذي عقد في باريس على انتخابات", "2018-05-29")).links());
        assertFalse(EventLinker.score(conference, text("2018-05-30",
                "نظرت محكمة في باريس في قضية أموال ليبية", "2018-05-29")).links());
    }

    @Test
    void aBombingAndAnAttackThreeWeeksApartAreToldApart() {
        EventLinker.EventFacts bombing = event("other", "2018-05-02", "بنغازي", "تفجير بنغازي");
        EventLinker.TextFacts aboutBombing = text("2018-05-03", "أسفر التفجير في بنغازي عن تسعة قتلى");
        EventLinker.TextFacts aboutAttack = text("2018-05-24", "أسفر الهجوم في طرابلس عن سبعة قتلى");
        assertTrue(EventLinker.score(bombing, aboutBombing).links());
        assertFalse(EventLinker.score(bombing, aboutAttack).links());
    }

    @Test
    void aWeekdayIsPlacedInTheWeekOfPublication() {
        EventLinker.EventFacts conference = event("conference", "2018-05-29", "Paris", "Paris conference on Libya");
        EventLinker.Score score = EventLinker.score(conference, text("2018-05-30", "The Paris conference on Tuesday agreed on elections."));
        assertTrue(score.reasons().contains("a weekday in a text of 2018-05-30 is 2018-05-29"), score.reasons().toString());
    }

    @Test
    void aPreviewNamesTheComingWeekdayOfTheEvent() {
        EventLinker.EventFacts conference = event("conference", "2018-05-29", "باريس", "مؤتمر باريس حول ليبيا");
        EventLinker.Score preview = EventLinker.score(conference, text("2018-05-27",
                "ماكرون يجمع الأطراف الليبية المتنافسة الثلاثاء بباريس في مؤتمر حول ليبيا"));
        assertTrue(preview.reasons().contains("a weekday in a text of 2018-05-27 is 2018-05-29"), preview.reasons().toString());
        assertTrue(preview.links(), preview.reasons().toString());
    }

    @Test
    void aRareWordOfTheNameWeighsMoreThanACommonOne() {
        // in the fortnight around the poisoning, "روسيا" is in 300 of 1,000 articles and "سكريبال" in 20
        Map<String, Integer> frequencies = new java.util.HashMap<>();
        Stems.of("روسيا").forEach(s -> frequencies.put(s, 300));
        Stems.of("سكريبال").forEach(s -> frequencies.put(s, 20));
        EventLinker.EventFacts poisoning = event("attack", "2018-03-04", "سالزبري", frequencies, 1000, "تسميم سكريبال روسيا");
        EventLinker.Score aboutSkripal = EventLinker.score(poisoning, text("2018-03-06", "الشرطة تحقق في حالة سكريبال"));
        EventLinker.Score aboutRussia = EventLinker.score(poisoning, text("2018-03-06", "روسيا تكشف عن صاروخ جديد"));
        assertTrue(aboutSkripal.value() > aboutRussia.value() + 0.05, aboutSkripal + " / " + aboutRussia);
        assertTrue(aboutSkripal.reasons().stream().anyMatch(r -> r.startsWith("similar to the event's name \"تسميم سكريبال روسيا\"")
                && r.contains("سكريبال")), aboutSkripal.reasons().toString());
        assertFalse(aboutRussia.links(), aboutRussia.reasons().toString());
    }

    @Test
    void aWordOfTheEventsNameFarDownTheArticleIsNotWhatItIsAbout() {
        EventLinker.EventFacts poisoning = event("attack", "2018-03-04", "سالزبري", "سكريبال");
        String lead = "أعلنت وزارة الدفاع الروسية عن تجربة صاروخ جديد قادر على تجاوز الدفاعات الأمريكية. ".repeat(6);
        EventLinker.Score farDown = EventLinker.score(poisoning, text("2018-03-06", lead + "ولم يعلق الكرملين على قضية سكريبال"));
        EventLinker.Score inTheTitle = EventLinker.score(poisoning, text("2018-03-06", "قضية سكريبال\n" + lead));
        assertFalse(farDown.links(), farDown.reasons().toString());
        assertTrue(inTheTitle.links(), inTheTitle.reasons().toString());
    }

    @Test
    void aWeekdayIsReadAtMostFourDaysBackAndTwoAhead() {
        EventLinker.EventFacts attack = event("attack", "2018-04-07", "دوما", "هجوم دوما");
        String body = "قالت واشنطن إن هجوم السبت على دوما لن يمر دون رد";
        assertTrue(EventLinker.score(attack, text("2018-04-10", body)).reasons().contains("a weekday in a text of 2018-04-10 is 2018-04-07"));
        assertTrue(EventLinker.score(attack, text("2018-04-13", body)).reasons().stream().noneMatch(r -> r.startsWith("a weekday")),
                "six days back");
        EventLinker.EventFacts strikes = event("attack", "2018-04-14", "دمشق", "ضربة ثلاثية");
        assertTrue(EventLinker.score(strikes, text("2018-04-08", body)).reasons().stream().noneMatch(r -> r.startsWith("a weekday")),
                "six days ahead");
    }

    @Test
    void aTextCloseToTheEventsNameInTheWeekBeforeItIsAPreview() {
        EventLinker.EventFacts withdrawal = event("statement", "2018-05-08", "واشنطن", "الانسحاب من الاتفاق النووي");
        EventLinker.Score preview = EventLinker.score(withdrawal, text("2018-05-05", "ترامب يقترب من الانسحاب من الاتفاق النووي مع إيران"));
        assertTrue(preview.links(), preview.reasons().toString());
        EventLinker.Score monthBefore = EventLinker.score(withdrawal, text("2018-04-05", "ترامب يلوح بالانسحاب من الاتفاق النووي مع إيران"));
        assertFalse(monthBefore.links(), monthBefore.reasons().toString());
    }

    @Test
    void aNameWordWithAProcliticWrittenOnIsTheNameWord() {
        EventLinker.EventFacts strikes = event("attack", "2018-04-14", "حمص", "ضربة سوريا");
        EventLinker.Score tonight = EventLinker.score(strikes, text("2018-04-14", "محللون يتوقعون ضربات جديدة بسوريا"));
        assertTrue(tonight.links(), tonight.reasons().toString());
        assertTrue(tonight.reasons().stream().anyMatch(r -> r.startsWith("similar to the event's name \"ضربة سوريا\" (1.00")),
                tonight.reasons().toString());
        EventLinker.Score between = EventLinker.score(strikes, text("2018-04-14", "لقاء بين الوزيرين في لندن"));
        assertFalse(between.links(), between.reasons().toString());
    }

    @Test
    void theEventsOwnNameIsReadWithoutAProcliticAsAnArticlesWordsAre() {
        // the name's "لبريطانيا" is the article's "بريطانيا": Trump and Britain, the whole name less its kind and place
        EventLinker.EventFacts visit = event("visit", "2018-07-13", "لندن", "زيارة ترامب لبريطانيا");
        EventLinker.Score arrives = EventLinker.score(visit, text("2018-07-13", "ترامب يصل إلى بريطانيا وسط احتجاجات واسعة"));
        assertTrue(arrives.links(), arrives.reasons().toString());
        assertTrue(arrives.reasons().contains("similar to the event's name \"زيارة ترامب لبريطانيا\" (1.00: ترامب, لبريطانيا)"),
                arrives.reasons().toString());
        // and a word of the event's place with a proclitic written on is the place, not a word of its name
        assertEquals(Stems.of("قمة ترامب كيم"), EventProfile.nameWords("قمة ترامب وكيم بسنغافورة", Stems.of("سنغافورة")));
        // nor is a word that only begins with one of those letters read without it when the name has it whole
        assertTrue(EventProfile.readIn("ليبيا", EventProfile.topicTerms("مؤتمر حول ليبيا")));
        assertFalse(EventProfile.readIn("ليبيا", EventProfile.topicTerms("مؤتمر حول اليابان")));
    }

    @Test
    void aTitleThatReportsAStrikeOrAResignationReportsAnotherHappeningThanADecisionOrAnAttackNamedOtherwise() {
        EventLinker.EventFacts withdrawal = event("statement", "2018-05-08", "واشنطن", "الانسحاب من الاتفاق النووي", "نووي إيران");
        String lead = "\nجاء ذلك بعد يومين من الانسحاب الأمريكي من الاتفاق النووي مع إيران.";
        EventLinker.Score strike = EventLinker.score(withdrawal, text("2018-05-10", "طائرات إسرائيلية تقصف مواقع إيران قرب حمص بعد قصف الجولان" + lead));
        assertFalse(strike.links(), strike.reasons().toString());
        assertTrue(strike.reasons().contains("its title reports a strike, not the statement"), strike.reasons().toString());
        EventLinker.Score resignation = EventLinker.score(withdrawal, text("2018-05-10", "استقالة مفاجئة لكبير المفتشين في وكالة الطاقة" + lead));
        assertFalse(resignation.links(), resignation.reasons().toString());
        // a title that names the decision is the decision's, whatever it threatens; a title with a colon is someone's words
        EventLinker.Score named = EventLinker.score(withdrawal, text("2018-05-10", "واشنطن تلوح بضربات بعد الانسحاب من الاتفاق النووي" + lead));
        assertTrue(named.links(), named.reasons().toString());
        EventLinker.Score said = EventLinker.score(withdrawal, text("2018-05-10", "قائد في الحرس الثوري: لا نخشى الضربات العسكرية" + lead));
        assertTrue(said.links(), said.reasons().toString());
        // "للضرب" in a title is a beating, not a strike
        EventLinker.Score beaten = EventLinker.score(event("election", "2018-05-06", "لبنان", "الانتخابات النيابية اللبنانية"),
                text("2018-05-06", "ناخب يتعرض للضرب أمام مركز اقتراع في بيروت\nوقعت الحادثة خلال الانتخابات النيابية اللبنانية يوم الأحد."));
        assertTrue(beaten.links(), beaten.reasons().toString());
        // an event whose name speaks of strikes is not free of them, whatever kind its name gives it ("قمة" makes it a conference)
        EventLinker.EventFacts looming = event("other", "2018-09-07", "إدلب", "قمة طهران وضربات إدلب");
        assertEquals("conference", looming.kind());
        EventLinker.Score raids = EventLinker.score(looming, text("2018-09-07", "قصف على ريف إدلب الجنوبي\nتواصلت الضربات على إدلب قبل قمة طهران."));
        assertTrue(raids.links(), raids.reasons().toString());
        // an attack whose names speak of no strike is no strike: a raid in its place that day is another happening
        EventLinker.EventFacts chemical = event("attack", "2018-04-07", "دوما", "الهجوم الكيماوي على دوما", "مجزرة دوما");
        EventLinker.Score raid = EventLinker.score(chemical, text("2018-04-07",
                "مقتل مدنيين في غارات جوية على دوما\nقتل مدنيون السبت في غارات على المدينة قبل ساعات من الهجوم الكيماوي."));
        assertFalse(raid.links(), raid.reasons().toString());
        assertTrue(raid.reasons().contains("its title reports a strike, not the attack"), raid.reasons().toString());
        // "قصفاً" with its tanween is a strike too
        EventLinker.Score shelling = EventLinker.score(chemical, text("2018-04-07",
                "الطيران يشن قصفاً عنيفاً على دوما\nقتل مدنيون السبت في قصف على المدينة قبل ساعات من الهجوم الكيماوي."));
        assertFalse(shelling.links(), shelling.reasons().toString());
        EventLinker.Score gas = EventLinker.score(chemical, text("2018-04-08",
                "عشرات القتلى في الهجوم الكيماوي على دوما\nقتل العشرات السبت في الهجوم الكيماوي على دوما بعد غارات على المدينة."));
        assertTrue(gas.links(), gas.reasons().toString());
        // an attack named by a strike is a strike: the same title is the strikes' coverage
        EventLinker.Score strikes = EventLinker.score(event("attack", "2018-05-10", "حمص", "قصف حمص"),
                text("2018-05-10", "طائرات إسرائيلية تقصف مواقع إيران قرب حمص بعد قصف الجولان" + lead));
        assertTrue(strikes.links(), strikes.reasons().toString());
    }

    @Test
    void aTextCloseToTheEventsNameIsAFollowUpForFourDaysUnlessItNamesItsDate() {
        // the attack of Saturday 7 April: on Wednesday 11 April the calls for an inquiry and the threats of a response are
        // still its coverage; from Thursday 12 April, with no date or weekday of it, the same words report the strikes it led to
        EventLinker.EventFacts attack = event("attack", "2018-04-07", "دوما", "الهجوم الكيميائي المفترض على دوما");
        for (String body : List.of("واشنطن تطالب بتحقيق دولي في الهجوم الكيميائي المفترض",
                "واشنطن تلوح بضربة عسكرية ردا على الهجوم الكيميائي المفترض في دوما")) {
            EventLinker.Score fourDaysOn = EventLinker.score(attack, text("2018-04-11", body));
            assertTrue(fourDaysOn.links(), fourDaysOn.reasons().toString());
            EventLinker.Score fiveDaysOn = EventLinker.score(attack, text("2018-04-12", body));
            assertFalse(fiveDaysOn.temporal(), fiveDaysOn.reasons().toString());
            assertFalse(fiveDaysOn.links(), fiveDaysOn.reasons().toString());
            assertFalse(EventLinker.score(attack, text("2018-04-17", body)).links(), body);
        }
        EventLinker.Score datedFiveDaysOn = EventLinker.score(attack, text("2018-04-12",
                "واشنطن تلوح بضربة عسكرية ردا على الهجوم الكيميائي المفترض في دوما", "2018-04-07"));
        assertTrue(datedFiveDaysOn.links(), datedFiveDaysOn.reasons().toString());
    }

    @Test
    void aNameWholeInTheLeadWithItsKindAndPlaceIsAFollowUp() {
        // less its kind and place, the name is one word: alone it is any chemical story, with them it is the attack
        EventLinker.EventFacts attack = event("attack", "2018-04-07", "دوما", "الهجوم الكيماوي على دوما");
        EventLinker.Score whole = EventLinker.score(attack, text("2018-04-11", "واشنطن تدرس الرد على الهجوم الكيماوي في دوما"));
        assertTrue(whole.links(), whole.reasons().toString());
        assertEquals(List.of("published 2018-04-11, within two weeks of the event",
                "similar to the event's name \"الهجوم الكيماوي على دوما\" (1.00: كيماو)", "speaks of a attack", "names the place"),
                whole.reasons());
        EventLinker.Score wordOnly = EventLinker.score(attack, text("2018-04-11", "واشنطن تدرس الرد على استخدام السلاح الكيماوي"));
        assertFalse(wordOnly.links(), wordOnly.reasons().toString());
        EventLinker.Score withoutPlace = EventLinker.score(attack, text("2018-04-11", "واشنطن تدرس الرد على الهجوم الكيماوي"));
        assertFalse(withoutPlace.links(), withoutPlace.reasons().toString());
    }

    @Test
    void aTitleThatLocatesAHappeningOfTheKindElsewhereIsThatHappening() {
        // strikes on Barzah, in Damascus; on their day, an explosion in the Aleppo countryside whose lead recalls them
        EventLinker.EventFacts strikes = event("attack", "2018-04-14", "برزة", "الضربة الثلاثية على سوريا", "ضربة سوريا");
        EventLinker.Score aleppo = EventLinker.score(strikes, text("2018-04-14",
                "انفجار يهز ريف حلب الجنوبي\nهز انفجار عنيف ليل السبت ريف حلب، بعد ساعات من ضربة سوريا الثلاثية"));
        assertFalse(aleppo.links(), aleppo.reasons().toString());
        assertTrue(aleppo.reasons().contains("its title speaks of a attack elsewhere"), aleppo.reasons().toString());
        // the kind's word with a proclitic written on ("بتفجير") is the kind's word
        EventLinker.EventFacts attempt = event("attack", "2018-08-04", "كاراكاس", "محاولة اغتيال رئيس فنزويلا");
        EventLinker.Score bombing = EventLinker.score(attempt, text("2018-08-05",
                "مقتل مدير مركز أبحاث بتفجير سيارة في حماة\nقتل مدير المركز السبت في محاولة اغتيال استهدفت سيارته بعد يوم من محاولة اغتيال رئيس فنزويلا"));
        assertFalse(bombing.links(), bombing.reasons().toString());
        assertTrue(bombing.reasons().contains("its title speaks of a attack elsewhere"), bombing.reasons().toString());
        EventLinker.Score damascus = EventLinker.score(strikes, text("2018-04-14",
                "انفجارات تهز دمشق مع بدء ضربة سوريا\nهزت انفجارات عنيفة دمشق فجر السبت مع بدء الضربة الثلاثية"));
        assertTrue(damascus.links(), damascus.reasons().toString());
        // a country named as an actor, not where it happened, beside a place that holds the event's
        EventLinker.Score actor = EventLinker.score(strikes, text("2018-04-14",
                "روسيا تدين الهجوم على سوريا\nقالت موسكو السبت إن ضربة سوريا الثلاثية عدوان"));
        assertTrue(actor.links(), actor.reasons().toString());
        assertTrue(actor.reasons().stream().noneMatch(r -> r.endsWith("elsewhere")), actor.reasons().toString());
        // a strike near Homs whose article names Douma is a consequence of the attack on Douma, not another attack
        EventLinker.EventFacts douma = event("attack", "2018-04-07", "دوما", "الهجوم الكيماوي على دوما");
        EventLinker.Score airbase = EventLinker.score(douma, text("2018-04-09",
                "هجوم صاروخي على مطار عسكري قرب حمص\nاستهدفت صواريخ مطارا عسكريا فجر الاثنين بعد يومين من الهجوم الكيماوي على دوما"));
        assertTrue(airbase.links(), airbase.reasons().toString());
        assertTrue(airbase.reasons().stream().noneMatch(r -> r.endsWith("elsewhere")), airbase.reasons().toString());
    }

    @Test
    void aTitleNamingOnlyAnotherCountrysElectionIsThatElection() {
        EventLinker.EventFacts vote = event("election", "2018-06-24", "تركيا", "الانتخابات الرئاسية والتشريعية التركية");
        // Thursday's preview of another country's vote on the coming Sunday, read back to the Sunday of Turkey's
        EventLinker.Score mexico = EventLinker.score(vote, text("2018-06-28",
                "المكسيك: انتخابات رئاسية يتصدرها مرشح اليسار\nيتوجه الناخبون الأحد إلى صناديق الاقتراع لاختيار رئيس جديد"));
        assertFalse(mexico.links(), mexico.reasons().toString());
        assertTrue(mexico.reasons().contains("its title speaks of a election elsewhere"), mexico.reasons().toString());
        EventLinker.Score turkey = EventLinker.score(vote, text("2018-06-28",
                "تركيا: انتخابات رئاسية يتصدرها أردوغان\nتوجه الناخبون الأحد إلى صناديق الاقتراع لاختيار رئيس جديد"));
        assertTrue(turkey.links(), turkey.reasons().toString());
        // the other country in the title, the event's named in the article: a comparison, not another election
        EventLinker.Score compared = EventLinker.score(vote, text("2018-06-28",
                "المكسيك: انتخابات رئاسية يتصدرها مرشح اليسار\nبعد أيام من الانتخابات في تركيا، يتوجه الناخبون الأحد إلى صناديق الاقتراع"));
        assertTrue(compared.reasons().stream().noneMatch(r -> r.endsWith("elsewhere")), compared.reasons().toString());
    }

    @Test
    void aPreviewWhoseTitleIsDatedBeforeTheEventReportsThatDay() {
        EventLinker.EventFacts march = event("attack", "2018-05-14", "غزة", "مسيرة العودة الكبرى في غزة");
        // Friday's paper: a death at that Friday's protest, the march's coming peak named in the lead
        EventLinker.Score friday = EventLinker.score(march, text("2018-05-11",
                "مقتل فلسطيني في احتجاجات الجمعة على حدود غزة\nقتل فلسطيني الجمعة في مسيرة العودة الكبرى التي تبلغ ذروتها في 15 مايو",
                "2018-05-15"));
        assertFalse(friday.links(), friday.reasons().toString());
        assertTrue(friday.reasons().contains("its title is dated 2018-05-11, before the event"), friday.reasons().toString());
        // Saturday's paper naming the coming Monday in its title is a preview
        EventLinker.Score saturday = EventLinker.score(march, text("2018-05-12",
                "الفلسطينيون يستعدون لمسيرة العودة الكبرى الاثنين\nيستعد الفلسطينيون في غزة لمسيرة العودة الكبرى"));
        assertTrue(saturday.links(), saturday.reasons().toString());
        // the same Friday text without a weekday in its title stays a preview (the date of the peak)
        EventLinker.Score untitled = EventLinker.score(march, text("2018-05-11",
                "مقتل فلسطيني في احتجاجات على حدود غزة\nقتل فلسطيني الجمعة في مسيرة العودة الكبرى التي تبلغ ذروتها في 15 مايو",
                "2018-05-15"));
        assertTrue(untitled.links(), untitled.reasons().toString());
    }

    @Test
    void anArticleLinkedToTwoEventsStaysWithTheOneOfItsDays() {
        EventLinker.EventFacts attack = new EventLinker.EventFacts(1, "attack", LocalDate.parse("2018-04-07"), LocalDate.parse("2018-04-07"),
                List.of(), Set.of(), Set.of(), new EventProfile(List.of()), Map.of(), List.of(), List.of());
        EventLinker.EventFacts strikes = new EventLinker.EventFacts(2, "attack", LocalDate.parse("2018-04-14"),
                LocalDate.parse("2018-04-14"), List.of(), Set.of(), Set.of(), new EventProfile(List.of()), Map.of(), List.of(), List.of());
        List<EventLinker.EventFacts> both = List.of(attack, strikes);
        assertEquals(Set.of(1L), EventLinker.ofItsDays(both, Set.of(), LocalDate.parse("2018-04-09")), "weighing a coming strike two days on");
        assertEquals(Set.of(1L, 2L), EventLinker.ofItsDays(both, Set.of(), LocalDate.parse("2018-04-11")), "between the two: both");
        assertEquals(Set.of(1L, 2L), EventLinker.ofItsDays(both, Set.of(2L), LocalDate.parse("2018-04-11")),
                "between the two, the run-up to the strikes that names them and not the attack: both");
        assertEquals(Set.of(2L), EventLinker.ofItsDays(both, Set.of(), LocalDate.parse("2018-04-13")), "the eve of the strikes");
        assertEquals(Set.of(2L), EventLinker.ofItsDays(both, Set.of(), LocalDate.parse("2018-04-17")), "recalling the attack three days on");
        assertEquals(Set.of(1L, 2L), EventLinker.ofItsDays(both, Set.of(), LocalDate.parse("2018-04-20")), "after both: both");
        assertEquals(Set.of(1L), EventLinker.ofItsDays(List.of(attack), Set.of(), LocalDate.parse("2018-04-17")), "no other event: kept");
    }

    @Test
    void ofTwoEventsOfItsDaysTheOneOnWhoseOwnDatesItWasPublishedKeepsIt() {
        // one country expels diplomats on 14 March, the other answers from 15 to 17 March: their names share every word
        EventLinker.EventFacts expels = event("other", "2018-03-14", "لندن", "طرد بريطانيا 23 دبلوماسيا روسيا");
        EventLinker.EventFacts answers = new EventLinker.EventFacts(2, "other", LocalDate.parse("2018-03-15"), LocalDate.parse("2018-03-17"),
                List.of("موسكو"), Places.mostSpecific(List.of("موسكو")), Set.of(), event("other", "2018-03-15", "موسكو",
                        "روسيا تطرد 23 دبلوماسيا بريطانيا").profile(), Map.of(), List.of(), List.of());
        EventLinker.TextFacts answer = text("2018-03-17", "روسيا تطرد 23 دبلوماسيا بريطانيا\nقررت موسكو السبت طرد 23 دبلوماسيا بريطانيا"
                + " ردا على طرد لندن 23 دبلوماسيا روسيا الأربعاء.");
        assertTrue(EventLinker.score(expels, answer).named() && EventLinker.score(answers, answer).named());
        List<EventLinker.EventFacts> both = List.of(expels, answers);
        assertEquals(Set.of(2L), EventLinker.ofItsDays(both, Set.of(1L, 2L), answer.published()), "the answer's own day");
        assertEquals(Set.of(1L), EventLinker.ofItsDays(both, Set.of(1L, 2L), LocalDate.parse("2018-03-14")), "the expulsion's own day");
        assertEquals(Set.of(1L), EventLinker.ofItsDays(both, Set.of(1L), answer.published()), "a text that names only the first keeps it");
    }

    @Test
    void ofTwoEventsOfItsDaysTheOneItsLeadNamesKeepsIt() {
        EventLinker.EventFacts summit = event("conference", "2018-07-11", "بروكسل", "قمة حلف الناتو في بروكسل");
        EventLinker.EventFacts visit = event("visit", "2018-07-12", "بريطانيا", "زيارة ترامب لبريطانيا");
        visit = new EventLinker.EventFacts(2, visit.kind(), visit.start(), visit.end(), visit.placeNames(), visit.places(),
                visit.countryWords(), visit.profile(), visit.participantSpeakers(), visit.participantNames(), visit.people());
        EventLinker.TextFacts atTheSummit = text("2018-07-12", "ترامب يطالب حلف الناتو بمضاعفة الإنفاق الدفاعي\n"
                + "طالب ترامب في قمة حلف الناتو ببروكسل الحلفاء بزيادة الإنفاق قبل أن يتوجه إلى بريطانيا");
        EventLinker.Score toSummit = EventLinker.score(summit, atTheSummit);
        EventLinker.Score toVisit = EventLinker.score(visit, atTheSummit);
        assertTrue(toSummit.links() && toSummit.named(), toSummit.reasons().toString());
        assertTrue(toVisit.links() && !toVisit.named(), "Trump and Britain, not the visit: " + toVisit.reasons());
        assertEquals(Set.of(1L), EventLinker.ofItsDays(List.of(summit, visit), Set.of(1L), atTheSummit.published()));
        // a story of the visit names it: it stays with the visit, and with both when it names both
        EventLinker.TextFacts inLondon = text("2018-07-13", "ترامب يبدأ زيارته لبريطانيا\nبدأ ترامب زيارة لبريطانيا بعد قمة حلف الناتو");
        assertTrue(EventLinker.score(visit, inLondon).named(), EventLinker.score(visit, inLondon).reasons().toString());
        assertEquals(Set.of(1L, 2L), EventLinker.ofItsDays(List.of(summit, visit), Set.of(1L, 2L), inLondon.published()));
        assertEquals(Set.of(1L, 2L), EventLinker.ofItsDays(List.of(summit, visit), Set.of(), inLondon.published()), "named by neither: both");
    }

    /** An election of 12 May 2018 named "انتخابات العراق", placed in Iraq. */
    private static EventLinker.EventFacts iraqiElection() {
        Set<String> country = Stems.of("العراق");
        EventProfile profile = EventProfile.of(List.of(country), List.of("انتخابات العراق"), null, List.of(), Map.of(), 0);
        return new EventLinker.EventFacts(1, "election", LocalDate.parse("2018-05-12"), LocalDate.parse("2018-05-12"), List.of("العراق"),
                Set.of("Iraq"), country, profile, Map.of(), List.of(), List.of());
    }

    @Test
    void aNameSharedOnlyThroughItsCountryIsThePlaceNotTheName() {
        // "انتخابات العراق" less its kind word is the country: a singer from that country, in the week of the vote, is not the vote
        EventLinker.EventFacts vote = iraqiElection();
        EventLinker.Score singer = EventLinker.score(vote, text("2018-05-13", "مغنية عراقية تفوز بلقب برنامج للمواهب"));
        assertFalse(singer.links(), singer.reasons().toString());
        assertTrue(singer.reasons().contains("names the place"), "the country's adjective places it: " + singer.reasons());
        assertTrue(singer.reasons().stream().noneMatch(r -> r.startsWith("similar to")), singer.reasons().toString());
        EventLinker.Score ballot = EventLinker.score(vote, text("2018-05-13", "فرز الأصوات في الانتخابات العراقية يتواصل"));
        assertTrue(ballot.links(), ballot.reasons().toString());
        assertEquals(List.of("published 2018-05-13, during or just after the event", "similar to the event's name \"انتخابات العراق\" (1.00: عراق)",
                "speaks of a election", "names the place"), ballot.reasons(), "the name whole, with its kind");
    }

    /** The Russian presidential election of 18 March 2018 as a user names it, placed in Russia: the country stays in its names. */
    private static EventLinker.EventFacts russianElection() {
        List<String> names = List.of("الانتخابات الرئاسية الروسية", "انتخابات الرئاسة في روسيا");
        List<Set<String>> stems = names.stream().map(name -> EventProfile.nameWords(name, EventLinker.notOwnNameWords("election"))).toList();
        EventProfile profile = EventProfile.of(stems, names, null, List.of(), Map.of(), 0);
        return new EventLinker.EventFacts(1, "election", LocalDate.parse("2018-03-18"), LocalDate.parse("2018-03-18"), List.of("روسيا"),
                Set.of("Russia"), EventLinker.countryStems("روسيا"), profile, Map.of(), List.of(), List.of());
    }

    /** A king's private stay placed in Morocco, its place read as LinkingService reads a country's spellings. */
    private static EventLinker.EventFacts staysInMorocco() {
        List<String> names = List.of("وصول الملك إلى المغرب في إجازة خاصة", "الملك يصل إلى المملكة المغربية");
        Set<String> countryWords = new java.util.HashSet<>();
        Set<String> leftOut = new java.util.HashSet<>(EventLinker.notOwnNameWords("visit"));
        for (String spelling : List.of("المغرب", "المملكة المغربية")) {
            countryWords.addAll(EventLinker.countryWords(spelling));
            leftOut.addAll(EventLinker.stateWords(spelling));
        }
        List<Set<String>> stems = names.stream().map(name -> EventLinker.ownNameWords(name, leftOut, "visit")).toList();
        EventProfile profile = EventProfile.of(stems, names, null, List.of(), Map.of(), 0);
        return new EventLinker.EventFacts(1, "visit", LocalDate.parse("2015-08-02"), LocalDate.parse("2015-08-02"),
                List.of("المغرب", "المملكة المغربية"), Set.of("Morocco"), countryWords, profile, Map.of(), List.of(), List.of());
    }

    @Test
    void aStatesFormNamesNoCountry() {
        assertEquals(Set.of("مملك"), EventLinker.stateWords("المملكة المغربية"));
        assertFalse(EventLinker.countryWords("المملكة المغربية").contains("مملك"));
        assertTrue(EventLinker.countryWords("المملكة المغربية").containsAll(Stems.of("المغربية")), "the country's own word names it");
        assertEquals(Set.of("مملك", "متحد"), EventLinker.stateWords("المملكة المتحدة"));
        EventLinker.EventFacts stay = staysInMorocco();
        // a Saudi paper's story of its own kingdom in the stay's days, with a visit in it: "المملكة" is no Morocco
        EventLinker.Score exports = EventLinker.score(stay, text("2015-08-02", "صادرات المملكة ترتفع في يوليو\n"
                + "قال مسؤول إن صادرات المملكة ارتفعت بعد زيارة وفد تجاري للمملكة"));
        assertFalse(exports.links(), exports.reasons().toString());
        assertFalse(exports.reasons().contains("names the place"), exports.reasons().toString());
        // the stay's own coverage still names it: the whole spelling, the country
        for (String own : List.of("الملك يصل إلى المملكة المغربية\nوصل الملك إلى طنجة لقضاء إجازة خاصة",
                "وصول الملك إلى المغرب\nوصل الملك مساء أمس إلى طنجة في إجازة خاصة")) {
            EventLinker.Score score = EventLinker.score(stay, text("2015-08-02", own));
            assertTrue(score.links(), score.reasons().toString());
            assertTrue(score.reasons().contains("names the place"), score.reasons().toString());
        }
    }

    @Test
    void aKingsTitleAndAnArrivalAreAnyOfHisDaysStories() {
        // the king's stay named by his title, as the shipped registry reads it (King Salman's alias), placed in Morocco
        List<String> names = List.of("وصول خادم الحرمين الشريفين إلى المغرب في إجازة خاصة", "خادم الحرمين الشريفين يصل إلى المملكة المغربية");
        assertEquals(List.of("خادم الحرمين الشريفين"), news.parallax.extraction.Extractor.curatedPeopleNamed(names.get(1),
                news.parallax.extraction.ShippedRegistry.get()));
        Set<String> leftOut = new java.util.HashSet<>(EventLinker.notOwnNameWords("visit"));
        leftOut.addAll(EventLinker.stateWords("المملكة المغربية"));
        assertFalse(EventLinker.ownNameWords(names.get(1), leftOut, "visit").stream().anyMatch(Stems.of("يصل")::contains),
                "arriving names no visit");
        EventProfile profile = EventProfile.of(names.stream().map(name -> EventLinker.ownNameWords(name, leftOut, "visit")).toList(), names,
                null, List.of(), Map.of(), 0);
        EventLinker.EventFacts stay = new EventLinker.EventFacts(1, "visit", LocalDate.parse("2015-08-02"), LocalDate.parse("2015-08-02"),
                List.of("المغرب", "المملكة المغربية"), Set.of("Morocco"), EventLinker.countryWords("المغرب"), profile, Map.of(), List.of(),
                List.of(Stems.of("خادم الحرمين الشريفين")));
        // a governor's condolences on the king's behalf, relief planes landing in Aden: the king's title and an arrival, not his stay
        for (String other : List.of("أمير المنطقة ينقل تعازي خادم الحرمين الشريفين لأسر الشهداء\nنقل أمير المنطقة تعازي خادم الحرمين الشريفين",
                "وصول طائرة الإغاثة الرابعة إلى عدن\nوصلت طائرة الإغاثة التي وجه بها خادم الحرمين الشريفين إلى مطار عدن")) {
            EventLinker.Score score = EventLinker.score(stay, text("2015-08-01", other));
            assertFalse(score.links(), score.reasons().toString());
        }
        EventLinker.Score own = EventLinker.score(stay, text("2015-08-02", "خادم الحرمين الشريفين يصل إلى المغرب في إجازة خاصة\n"
                + "وصل خادم الحرمين الشريفين إلى مدينة طنجة"));
        assertTrue(own.links(), own.reasons().toString());
    }

    @Test
    void aCountrysElectionIsNeitherAnotherCountrysNorARecallOfIt() {
        EventLinker.EventFacts vote = russianElection();
        // the vote's own coverage: its kind beside the country's adjective, or beside the country
        for (String own : List.of("الروس يصوتون في الانتخابات الرئاسية الروسية\nتوجه الناخبون إلى مراكز الاقتراع",
                "بدء التصويت في انتخابات روسيا\nفتحت مراكز الاقتراع أبوابها في موسكو")) {
            EventLinker.Score score = EventLinker.score(vote, text("2018-03-18", own));
            assertTrue(score.links(), score.reasons().toString());
        }
        // another country's vote, in the same week: the interference in America's, a year that is not the event's
        for (String others : List.of("عقوبات على روسيا بسبب التدخل في الانتخابات الرئاسية الأمريكية\nفرضت واشنطن عقوبات على كيانات روسية",
                "لجنة في الكونغرس: لا تواطؤ روسي في الانتخابات الأميركية\nأعلنت اللجنة نتائج تحقيقها حول روسيا",
                "مولر يستدعي شركة بشأن روسيا\nطلب المحقق وثائق تتعلق بروسيا وانتخابات الرئاسة عام 2016")) {
            EventLinker.Score score = EventLinker.score(vote, text("2018-03-16", others));
            assertFalse(score.links(), score.reasons().toString());
            assertTrue(score.reasons().contains("its title and lead speak of a election of another country or year")
                    || score.reasons().stream().noneMatch(r -> r.startsWith("similar to")), score.reasons().toString());
        }
        // a Russia story of the week that recalls the vote in a sentence without the country is not its coverage
        EventLinker.Score spy = EventLinker.score(vote, text("2018-03-19", "بوريس جونسون يتهم روسيا بتخزين غاز الأعصاب\n"
                + "قال وزير الخارجية البريطاني إن روسيا تخزن غاز الأعصاب منذ سنوات. ونفت موسكو الاتهامات. "
                + "وجاءت التصريحات بعد يوم من الانتخابات الرئاسية التي فاز بها بوتين"));
        assertFalse(spy.links(), spy.reasons().toString());
        // the country's adjective reads as the country
        assertTrue(EventLinker.countryStems("روسيا").containsAll(Stems.of("الروسية")));
        assertTrue(EventLinker.countryStems("ألمانيا").containsAll(Stems.of("الألمانية")));
        assertTrue(EventLinker.countryStems("العراق").containsAll(Stems.of("العراقية")));
        assertEquals(Stems.of("الولايات المتحدة"), EventLinker.countryStems("الولايات المتحدة"), "a spelling of several words has none read off");
    }

    @Test
    void aCountrysVoteNamedByItsAdjectiveInTheTitleAndItsKindInTheLeadIsItsCoverage() {
        EventLinker.EventFacts vote = russianElection();
        // the results and the winner's first words: the kind's word in the lead says not whose vote, the country or its adjective
        // is in another sentence of the title and lead, and no other country is named there
        for (String own : List.of("الحزب الحاكم يفقد الأغلبية والمعارضة تدخل البرلمان الروسي\nأظهرت النتائج الرسمية للانتخابات تراجع الحزب الحاكم",
                "الرئيس يتعهد بالإصلاح في أول كلمة بعد فوزه بالانتخابات\nموسكو، روسيا: وعد الرئيس الشعب الروسي بتحسين مستوى المعيشة",
                "المعارضة الروسية تنشر آلاف المراقبين\nقالت المعارضة إنها ستراقب مراكز الاقتراع في الانتخابات المقبلة")) {
            EventLinker.Score score = EventLinker.score(vote, text("2018-03-19", own));
            assertTrue(score.links(), own + ": " + score.reasons());
        }
        // the kind's word of another country, or only further down, is not
        for (String others : List.of("الحزب الحاكم يفقد الأغلبية والمعارضة تدخل البرلمان الروسي\nقالت بريطانيا إن نتائج الانتخابات البريطانية تظهر تراجع الحزب",
                "الرئيس الروسي يستقبل وفدا من رجال الأعمال\nبحث الرئيس مع الوفد الاستثمارات في البلاد. وجاء اللقاء بعد يوم من الانتخابات")) {
            EventLinker.Score score = EventLinker.score(vote, text("2018-03-19", others));
            assertFalse(score.links(), others + ": " + score.reasons());
        }
    }

    @Test
    void onePersonsNameWithAGatheringsWordIsAnyOfHisMeetings() {
        List<String> names = List.of("زيارة كيم جونغ أون إلى بكين", "قمة كيم جونغ أون وشي جين بينغ");
        Set<String> leftOut = new java.util.HashSet<>(Stems.of("بكين"));
        leftOut.addAll(EventLinker.notOwnNameWords("meeting"));
        List<Set<String>> stems = names.stream().map(name -> EventProfile.nameWords(name, leftOut)).toList();
        EventLinker.EventFacts visit = new EventLinker.EventFacts(1, "meeting", LocalDate.parse("2018-03-26"), LocalDate.parse("2018-03-28"),
                List.of("بكين"), Places.mostSpecific(List.of("بكين")), Set.of(), EventProfile.of(stems, names, null, List.of(), Map.of(), 0),
                Map.of(), List.of(), List.of(Stems.of("كيم جونغ أون"), Stems.of("شي جين بينغ")));
        // Japan's offer of a summit with Kim, in the visit's days: one person's name and a gathering's word
        EventLinker.Score offer = EventLinker.score(visit, text("2018-03-29",
                "اليابان تعرض عقد قمة مع كيم جونغ أون\nقالت طوكيو إنها مستعدة لعقد قمة مع زعيم كوريا الشمالية"));
        assertFalse(offer.links(), offer.reasons().toString());
        assertTrue(offer.reasons().stream().noneMatch(r -> r.startsWith("similar to")), offer.reasons().toString());
        // his visit, or his name with his host's, is the event
        EventLinker.Score secret = EventLinker.score(visit, text("2018-03-26",
                "تقرير: كيم جونغ أون في زيارة سرية لدولة حليفة\nأفادت تقارير بأن الزعيم الكوري الشمالي وصل بالقطار"));
        assertTrue(secret.links(), secret.reasons().toString());
        EventLinker.Score talks = EventLinker.score(visit, text("2018-03-28",
                "كيم جونغ أون وشي جين بينغ يتعهدان بنزع السلاح النووي\nأجرى الزعيمان محادثات مطولة"));
        assertTrue(talks.links(), talks.reasons().toString());
    }

    /**
     * In a visit's days, a title that names a person of its names and another of them, or its place or a place that holds it, is
     * its coverage; the person with another place, or outside its days, or a place without a person of its names, is not.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-10-16 | بومبيو يصل إلى السعودية والجبير في استقباله\\nوصل وزير الخارجية الأمريكي صباح الثلاثاء                 | true
            2018-10-16 | لقاء بومبيو ومحمد بن سلمان\\nبحث الجانبان قضية الصحفي المختفي                                       | true
            2018-10-17 | بومبيو يشكر الملك سلمان على دعم التحقيق\\nقال الوزير إن العاهل أكد التزامه                        | true
            2018-10-16 | بومبيو يحذر كوريا الشمالية من التراجع عن التزاماتها\\nقال الوزير إن العقوبات باقية                  | false
            2018-11-20 | بومبيو يصل إلى السعودية في جولة جديدة\\nوصل وزير الخارجية الأمريكي مساء الثلاثاء                    | false
            2018-10-16 | وزير الخزانة يصل إلى السعودية\\nوصل الوزير للمشاركة في مؤتمر اقتصادي                               | false
            """)
    void aVisitsCoverageNamesTheVisitorAndHisHostInItsTitle(String published, String body, boolean links) {
        List<String> names = List.of("زيارة بومبيو إلى السعودية", "لقاء بومبيو والملك سلمان في الرياض");
        Set<String> leftOut = new java.util.HashSet<>(Stems.of("الرياض"));
        leftOut.addAll(EventLinker.notOwnNameWords("visit"));
        List<Set<String>> stems = names.stream().map(name -> EventProfile.nameWords(name, leftOut)).toList();
        EventLinker.EventFacts visit = new EventLinker.EventFacts(1, "visit", LocalDate.parse("2018-10-16"), LocalDate.parse("2018-10-16"),
                List.of("الرياض"), Places.mostSpecific(List.of("الرياض")), Set.of(), EventProfile.of(stems, names, null, List.of(), Map.of(), 0),
                Map.of(), List.of(), List.of(Stems.of("بومبيو"), Stems.of("سلمان")));
        EventLinker.Score score = EventLinker.score(visit, text(published, body.replace("\\n", "\n")));
        assertEquals(links, score.links(), body + ": " + score.reasons());
    }

    @Test
    void aCountrysElectionNamedWholeInTheWeekBeforeIsAPreview() {
        EventLinker.EventFacts vote = iraqiElection();
        EventLinker.Score preview = EventLinker.score(vote, text("2018-05-09", "انتخابات العراق: مرشحو بغداد يختمون حملاتهم"));
        assertTrue(preview.links(), preview.reasons().toString());
        assertTrue(preview.reasons().contains("similar to the event's name \"انتخابات العراق\" (1.00: عراق)"), preview.reasons().toString());
        EventLinker.Score singer = EventLinker.score(vote, text("2018-05-09", "مغنية عراقية تفوز بلقب برنامج للمواهب"));
        assertFalse(singer.links(), singer.reasons().toString());
        assertTrue(singer.reasons().stream().noneMatch(r -> r.startsWith("similar to")), singer.reasons().toString());
    }

    @Test
    void theEventsDateNamedAMonthAheadIsAPlanNotCoverage() {
        EventLinker.EventFacts vote = event("election", "2018-06-24", "أنقرة", "الانتخابات في البلاد");
        String body = "الليرة تهبط قبل الانتخابات المقررة في 24 يونيو في أنقرة";
        EventLinker.Score monthBefore = EventLinker.score(vote, text("2018-05-09", body, "2018-06-24"));
        assertFalse(monthBefore.links(), monthBefore.reasons().toString());
        assertTrue(monthBefore.reasons().stream().noneMatch(r -> r.startsWith("mentions")), monthBefore.reasons().toString());
        EventLinker.Score weekBefore = EventLinker.score(vote, text("2018-06-18", body, "2018-06-24"));
        assertTrue(weekBefore.reasons().contains("mentions 2018-06-24"), weekBefore.reasons().toString());
        assertTrue(weekBefore.links(), weekBefore.reasons().toString());
        EventLinker.Score monthsAfter = EventLinker.score(vote, text("2018-11-09", body, "2018-06-24"));
        assertTrue(monthsAfter.reasons().contains("mentions 2018-06-24"), "a text that recalls the event names its date");
    }

    @Test
    void aNameSharedOnlyThroughTheCountriesItNamesIsAnyStoryBetweenThem() {
        // Britain expels Russian diplomats; two days on, a Russian insult to Britain's defence secretary shares only the two countries
        EventLinker.EventFacts expulsion = event("other", "2018-03-14", "لندن", "طرد بريطانيا 23 دبلوماسيا روسيا");
        EventLinker.Score insult = EventLinker.score(expulsion, text("2018-03-16",
                "روسيا تسخر من وزير دفاع بريطانيا\nسخرت وزارة الدفاع في روسيا من تصريحات وزير دفاع بريطانيا في لندن"));
        assertFalse(insult.links(), insult.reasons().toString());
        assertTrue(insult.reasons().stream().noneMatch(r -> r.startsWith("similar to")), insult.reasons().toString());
        EventLinker.Score expelled = EventLinker.score(expulsion, text("2018-03-16",
                "23 دبلوماسيا روسيا يغادرون لندن\nغادر الدبلوماسيون الروس الذين طردتهم بريطانيا سفارة بلادهم"));
        assertTrue(expelled.links(), expelled.reasons().toString());
        // one country of a name whose place is a city is a word of the name: Syria, for strikes on Barzah
        EventLinker.EventFacts strikes = event("attack", "2018-04-14", "برزة", "ضربة سوريا");
        EventLinker.Score runUp = EventLinker.score(strikes, text("2018-04-13", "روسيا تستعد لمواجهة أميركا في سوريا"));
        assertTrue(runUp.reasons().contains("similar to the event's name \"ضربة سوريا\" (0.50: سوريا)"), runUp.reasons().toString());
        assertFalse(EventLinker.onlyPlaces(Stems.of("سوريا"), Set.of()));
        assertTrue(EventLinker.onlyPlaces(Stems.of("بريطانيا روسيا"), Set.of()));
        assertFalse(EventLinker.onlyPlaces(Stems.of("الولايات المتحدة"), Set.of()), "one country's two words");
    }

    /** The event with the stems of its country's spellings, as linking reads them from the gazetteer. */
    private static EventLinker.EventFacts placedIn(EventLinker.EventFacts event, String spellings) {
        return new EventLinker.EventFacts(event.id(), event.kind(), event.start(), event.end(), event.placeNames(), event.places(),
                Stems.of(spellings), event.profile(), event.participantSpeakers(), event.participantNames(), event.people());
    }

    @Test
    void anAttacksWordAndItsCountryAreNoEvidenceOfTheAttack() {
        // strikes somewhere in Syria: in their days a bombing in another Syrian city speaks of an attack and names Syria too
        EventLinker.EventFacts strikes = placedIn(event("attack", "2018-05-10", "Syria", "الضربات الإسرائيلية على المواقع الإيرانية في سوريا"),
                "سوريا سورية");
        String[][] rows = {
            {"2018-05-12", "قتلى وجرحى في انفجار بإدلب\nقتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة إدلب شمال سوريا", "false"},
            {"2018-05-10", "إسرائيل تضرب مواقع إيرانية في سوريا\nقصفت الطائرات الإسرائيلية فجر الخميس عشرات المواقع الإيرانية في سوريا"
                + " ردا على هجوم صاروخي", "true"},
        };
        assertLinks(strikes, rows);
    }

    @Test
    void anAttacksWordAndItsCityCountOnlyInOneSentence() {
        // a knife attack in Paris: in its days a football report names Paris (the club) and its attack line in different sentences
        EventLinker.EventFacts stabbing = event("attack", "2018-05-12", "باريس", "هجوم بسكين في باريس");
        String[][] rows = {
            {"2018-05-13", "نيمار يعود إلى التدريبات\nعاد النجم البرازيلي إلى تدريبات ناديه باريس سان جيرمان بعد الإصابة."
                + " ويأمل المدرب أن يقود خط الهجوم في المباراة المقبلة.", "false"},
            {"2018-05-13", "قتيل وجرحى في هجوم وسط باريس\nقالت الشرطة إن رجلا هاجم المارة مساء السبت قبل أن تطلق النار عليه.", "true"},
            {"2018-05-13", "الشرطة تحقق في دوافع المهاجم\nقالت الشرطة إن رجلا هاجم المارة مساء السبت."
                + " وفتحت النيابة تحقيقا في الهجوم الذي وقع في باريس.", "true"},
            // a reaction that names the attack in Paris only far down is about it still
            {"2018-05-14", "ماكرون يستقبل ولي العهد\nاستقبل الرئيس الفرنسي ضيفه في قصر الإليزيه. وبحث الجانبان التعاون الاقتصادي."
                + " ووقعا عقودا في مجالات عدة. وتناولت المحادثات الطاقة والنقل. وأعلن الجانبان برنامجا ثقافيا."
                + " وأدان الجانبان الهجوم الذي شهدته باريس مساء السبت.", "true"},
        };
        assertLinks(stabbing, rows);
    }

    @Test
    void aNamesWordsOfWhereThatSomethingHappenedOrWhichOfASeriesAreNoneOfItsOwn() {
        // "مدينة" and "وسط" of a name are in any city's report: sharing one of them with a text that speaks of an attack is no evidence
        EventLinker.EventFacts shooting = event("attack", "2018-05-29", "Liège", "إطلاق نار في مدينة لييج");
        EventLinker.EventFacts stabbing = event("attack", "2018-05-12", "باريس", "عملية طعن في وسط باريس");
        assertLinks(shooting, new String[][] {
            {"2018-05-30", "اتفاق على انسحاب المسلحين من منبج\nقالت مصادر إن المسلحين سينسحبون من مدينة منبج بعد هجوم واسع.", "false"},
            {"2018-05-30", "ثلاثة قتلى في هجوم بالرصاص في لييج\nقتل مسلح شرطيين وأحد المارة قبل أن تقتله الشرطة.", "true"},
        });
        assertLinks(stabbing, new String[][] {
            {"2018-05-14", "مدرب يكشف عن مثله الأعلى\nقال المدرب إن عمليه الإعداد تبدأ الأسبوع المقبل وإن الهجوم يحتاج إلى لاعب جديد.", "false"},
            {"2018-05-13", "تفاصيل عملية الطعن في باريس\nكشفت الشرطة هوية منفذ عملية الطعن.", "true"},
        });
        // "أول" says which of a series: a text that shares it and "الثورة" with the name shares no municipal vote
        EventLinker.EventFacts vote = placedIn(event("election", "2018-05-06", "تونس", "أول انتخابات بلدية في تونس بعد الثورة"), "تونس");
        assertLinks(vote, new String[][] {
            {"2018-05-07", "طابعة ثورية تعالج الجروح\nطور باحثون أول طابعة تعالج الحروق في ثورة طبية جديدة.", "false"},
            {"2018-05-07", "النهضة تعلن فوزها في تونس\nأعلن الحزب فوزه في أول انتخابات بلدية بعد الثورة.", "true"},
        });
    }

    @Test
    void aHappeningThatGoesOnIsCoveredForWeeksByTextsThatNameIt() {
        // an eruption given one day goes on: a report naming it closely nearly three weeks on is its coverage, five weeks on
        // it is not; an attack is over in a day, and a text naming it three weeks on recalls it
        EventLinker.EventFacts eruption = event("other", "2018-05-03", "هاواي", "ثوران بركان كيلاويا");
        String lava = "ثوران بركان كيلاويا يتواصل\nتواصل تدفق الحمم من البركان وأجلت السلطات مزيدا من السكان";
        assertLinks(eruption, new String[][] {{"2018-05-22", lava, "true"}, {"2018-06-07", lava, "false"}});
        EventLinker.EventFacts bombing = event("attack", "2018-05-03", "هاواي", "تفجير مركز كيلاويا");
        assertLinks(bombing, new String[][] {{"2018-05-22", "تفجير مركز كيلاويا بعد ثلاثة أسابيع\nاستعاد السكان تفجير مركز كيلاويا", "false"}});
    }

    @Test
    void aCloseNameIsTheTimesEvidenceForWeeksAndThoseWeeksAreScored() {
        // leaving hospital eight days after entering it shares three of the name's four words (0.75): the name is the time's
        // evidence, and the text links (0.1 for its weeks fell short of the threshold); five weeks on it is over
        EventLinker.EventFacts admitted = event("other", "2018-05-20", "رام الله", "دخول الرئيس محمود عباس المستشفى");
        String leaving = "عباس يغادر المستشفى\nغادر الرئيس محمود عباس المستشفى صباح الاثنين بعد أن تماثل للشفاء";
        assertLinks(admitted, new String[][] {{"2018-05-28", leaving, "true"}, {"2018-06-25", leaving, "false"}});
        // and articles of those weeks are scored against it at all: a happening that goes on four weeks, an election's results two
        assertEquals(EventLinker.GOES_ON_DAYS, EventLinker.daysCoveredAfter(admitted, LinkingService.CANDIDATE_DAYS));
        assertEquals(EventLinker.TWO_WEEKS, EventLinker.daysCoveredAfter(event("election", "2018-05-12", "العراق", "الانتخابات العراقية"),
                LinkingService.CANDIDATE_DAYS));
        assertEquals(LinkingService.CANDIDATE_DAYS, EventLinker.daysCoveredAfter(event("attack", "2018-05-02", "طرابلس", "الهجوم على المفوضية"),
                LinkingService.CANDIDATE_DAYS));
    }

    @Test
    void detaineesAndAmericansAreWrittenInMoreThanOneWay() {
        // "المحتجزين" and "أميركيين" for a name's "معتقلين أمريكيين": no word in common without the synonyms (linking/synonyms.txt)
        EventLinker.EventFacts release = event("other", "2018-05-09", "بيونغ يانغ", "الإفراج عن ثلاثة معتقلين أمريكيين في كوريا الشمالية");
        assertLinks(release, new String[][] {
            {"2018-05-09", "الوزير يعود من بيونغ يانغ مع المحتجزين\nقال مسؤول إن الوزير سيعود الأربعاء برفقة ثلاثة أميركيين تحتجزهم السلطات",
                "true"},
            {"2018-05-09", "سجناء أميركيون في طريقهم إلى بلادهم\nقال الرئيس إن ثلاثة من مواطنيه كانوا في أحد السجون سيعودون الأربعاء",
                "true"},
            {"2018-05-09", "الوزير يبحث موعد القمة مع الزعيم الكوري\nوصل الوزير إلى كوريا الشمالية الأربعاء لبحث موعد القمة", "false"},
        });
        assertTrue(Synonyms.withVariants(List.of("معتقلين أمريكيين")).containsAll(List.of("محتجزين امريكيين", "معتقلين اميركيين")));
    }

    @Test
    void aHappeningOfTheKindOnANightAfterTheEventIsAnotherHappening() {
        EventLinker.EventFacts strikes = event("attack", "2018-04-14", "حمص", "الضربة الثلاثية على سوريا", "العدوان الثلاثي");
        String recalled = " وكانت الضربة الثلاثية على سوريا قد استهدفت السبت مواقع قرب حمص.";
        EventLinker.Score later = EventLinker.score(strikes, text("2018-04-17",
                "صواريخ تستهدف مطارا عسكريا وسط سوريا\nقالت مصادر إن الدفاعات الجوية تصدت لهجوم صاروخي على مطار قرب حمص ليل الاثنين."
                + recalled));
        assertFalse(later.links(), later.reasons().toString());
        assertTrue(later.reasons().contains("it reports a attack on the night of 2018-04-16, after the event"), later.reasons().toString());
        EventLinker.Score lastNight = EventLinker.score(strikes, text("2018-04-17",
                "دمشق تسحب تقارير عن صواريخ\nسحبت دمشق تقارير عن اعتداء صاروخي ليلا على مطار قرب حمص." + recalled));
        assertTrue(lastNight.reasons().contains("it reports a attack on the night of 2018-04-16, after the event"), lastNight.reasons().toString());
        EventLinker.Score raid = EventLinker.score(strikes, text("2018-04-17",
                "غارات على مواقع قرب حمص\nقال الجيش إنه شن ليل الاثنين الثلاثاء غارة جوية على مواقع قرب حمص." + recalled));
        assertTrue(raid.reasons().contains("it reports a attack on the night of 2018-04-16, after the event"), raid.reasons().toString());
        assertFalse(raid.links(), raid.reasons().toString());
        // a reaction at night names the strikes it is about; the strikes' own night is the event's
        EventLinker.Score reaction = EventLinker.score(strikes, text("2018-04-17",
                "ماكرون يدافع عن الضربة\nقال ماكرون ليل الاثنين إن الضربة الثلاثية على سوريا كانت ردا على هجوم كيماوي." + recalled));
        assertTrue(reaction.links(), reaction.reasons().toString());
        EventLinker.Score sameNight = EventLinker.score(strikes, text("2018-04-15",
                "الدفاعات السورية تتصدى للصواريخ\nتصدت الدفاعات الجوية لهجوم صاروخي على مواقع قرب حمص ليل الجمعة السبت." + recalled));
        assertTrue(sameNight.links(), sameNight.reasons().toString());
        assertTrue(sameNight.reasons().stream().noneMatch(r -> r.contains("on the night of")), sameNight.reasons().toString());
        // a strike at night told as background, far down a story of the attack's Security Council meeting
        EventLinker.EventFacts attack = event("attack", "2018-04-07", "دوما", "الهجوم الكيماوي على دوما");
        EventLinker.Score meeting = EventLinker.score(attack, text("2018-04-09",
                "اجتماع طارئ لمجلس الأمن لبحث الهجوم الكيماوي على دوما\nيعقد مجلس الأمن اجتماعا طارئا. وتنفي روسيا وجود أدلة. "
                + "ودعت فرنسا إلى تحقيق. وقالت واشنطن إن الرد قادم. وطالبت منظمات بحماية المدنيين. "
                + "وقالت بريطانيا إنها لم تشارك في ضربات ليل الأحد على قاعدة قرب حمص."));
        assertTrue(meeting.links(), meeting.reasons().toString());
        assertTrue(meeting.reasons().stream().noneMatch(r -> r.contains("on the night of")), meeting.reasons().toString());
        // an election is not over in a night: its results the next night are the same election's
        EventLinker.EventFacts election = event("election", "2018-05-12", "العراق", "الانتخابات التشريعية العراقية");
        EventLinker.Score results = EventLinker.score(election, text("2018-05-13",
                "إعلان نتائج الانتخابات التشريعية في العراق خلال ساعات\nويقول مراقبون إن نتائج الانتخابات قد تعلن ليل الأحد."));
        assertTrue(results.links(), results.reasons().toString());
        assertTrue(results.reasons().stream().noneMatch(r -> r.contains("on the night of")), results.reasons().toString());
    }

    @Test
    void aTitleThatLocatesItsStoryInTheEventsCityDuringItIsCoverage() {
        EventLinker.EventFacts offensive = event("other", "2018-06-13", "الحديدة", "انطلاق عملية النصر الذهبي لتحرير الحديدة");
        EventLinker.Score fighting = EventLinker.score(offensive, text("2018-06-14",
                "اشتباكات عنيفة في أحياء الحديدة الجنوبية\nتواصلت منذ الأربعاء الاشتباكات بين القوات الحكومية والمتمردين قرب الميناء."));
        assertTrue(fighting.links(), fighting.reasons().toString());
        assertTrue(fighting.reasons().contains("its title is placed in the event's place during it"), fighting.reasons().toString());
        // the same title a week later is another day's fighting
        assertFalse(EventLinker.score(offensive, text("2018-06-21",
                "اشتباكات عنيفة في أحياء الحديدة الجنوبية\nتواصلت منذ الأربعاء الاشتباكات بين القوات الحكومية والمتمردين قرب الميناء.")).links());
        // an event of a kind with words is told from another happening in its place by them: a raid is no chemical attack
        EventLinker.EventFacts attack = event("attack", "2018-04-07", "دوما", "الهجوم الكيماوي على دوما");
        EventLinker.Score raid = EventLinker.score(attack, text("2018-04-07",
                "مقتل مدنيين في غارات على دوما\nقتل مدنيون السبت في غارات جوية على المدينة."));
        assertFalse(raid.links(), raid.reasons().toString());
        // a city named as an actor locates nothing
        EventLinker.EventFacts expulsion = event("other", "2018-03-29", "موسكو", "روسيا تطرد 60 دبلوماسيا أمريكيا");
        EventLinker.Score actor = EventLinker.score(expulsion, text("2018-03-30",
                "موسكو ترحب بقرار منظمة أوبك\nرحبت الحكومة يوم الجمعة بقرار المنظمة خفض الإنتاج."));
        assertFalse(actor.links(), actor.reasons().toString());
        // nor is a country the place a title locates its story in: any of its news in an election's week
        EventLinker.EventFacts election = event("election", "2018-06-24", "تركيا", "الانتخابات التركية");
        EventLinker.Score fire = EventLinker.score(election, text("2018-06-24",
                "حريق في مصنع للنسيج في تركيا\nاندلع حريق يوم الأحد في مصنع للنسيج."));
        assertFalse(fire.links(), fire.reasons().toString());
    }

    @Test
    void aSeparateStoryFurtherDownIsNoEvidenceOfTheEvent() {
        EventLinker.EventFacts election = event("election", "2018-06-24", "تركيا", "الانتخابات التركية");
        String deal = "واشنطن تحذر أنقرة من صفقة طائرات روسية\nحذر مسؤول أمريكي تركيا الثلاثاء من أن شراء الطائرات الروسية يعرضها لعقوبات."
                + "\nوأضاف أن العلاقات بين البلدين تمر بمرحلة صعبة.";
        String separate = "\nوفي إطار منفصل، هنأ الرئيس الأمريكي نظيره التركي بفوزه في الانتخابات التي جرت يوم الأحد.";
        EventLinker.Score warning = EventLinker.score(election, text("2018-06-26", EventLinker.ownStory(deal + separate)));
        assertFalse(warning.links(), warning.reasons().toString());
        assertFalse(warning.reasons().contains("speaks of a election"), warning.reasons().toString());
        // told as part of the same story, the congratulations are the election's news
        EventLinker.Score congratulations = EventLinker.score(election, text("2018-06-26",
                EventLinker.ownStory(deal + "\nوهنأ الرئيس الأمريكي نظيره التركي بفوزه في الانتخابات التي جرت يوم الأحد.")));
        assertTrue(congratulations.links(), congratulations.reasons().toString());
        assertEquals(deal + "\n", EventLinker.ownStory(deal + separate), "the text stops where the separate story begins");
        assertEquals(deal, EventLinker.ownStory(deal), "a text without one is kept whole");
        String otherSide = deal + "\nمن جهة أخرى، قال المسؤول إن الانتخابات التي جرت يوم الأحد كانت حرة.";
        assertEquals(otherSide, EventLinker.ownStory(otherSide), "\"on the other hand\" goes on with the same story");
    }

    @Test
    void aStepLikeTheEventsByAnotherCountryIsNotTheEvent() {
        EventLinker.EventFacts embassy = event("other", "2018-05-14", "القدس", "افتتاح السفارة الأمريكية في القدس");
        EventLinker.Score like = EventLinker.score(embassy, text("2018-05-16",
                "باراغواي تنقل سفارتها إلى القدس\nافتتحت باراغواي الأربعاء سفارتها في القدس بعد خطوة مماثلة، بعد يومين من افتتاح السفارة الأمريكية."));
        assertFalse(like.links(), like.reasons().toString());
        assertTrue(like.reasons().contains("its title and lead report a step like the event's, not the event"), like.reasons().toString());
        // without the likeness word the same lead is a follow-up of the opening
        EventLinker.Score followUp = EventLinker.score(embassy, text("2018-05-16",
                "باراغواي تنقل سفارتها إلى القدس\nقررت باراغواي الأربعاء نقل سفارتها إلى القدس، بعد يومين من افتتاح السفارة الأمريكية."));
        assertTrue(followUp.links(), followUp.reasons().toString());
        // a title that names the event is the event's, whatever its lead compares it with
        EventLinker.Score named = EventLinker.score(embassy, text("2018-05-14",
                "افتتاح السفارة الأمريكية في القدس وسط احتجاجات\nجرى افتتاح السفارة الأمريكية في القدس، وتنتظر دول أخرى خطوة مماثلة."));
        assertTrue(named.links(), named.reasons().toString());
    }

    /** A presidential election of 20 May 2018 named "الانتخابات الرئاسية في فنزويلا", placed in its country (as LinkingService reads it). */
    private static EventLinker.EventFacts venezuelanElection() {
        String name = "الانتخابات الرئاسية في فنزويلا";
        Set<String> country = Stems.of("فنزويلا");
        EventProfile profile = EventProfile.of(List.of(EventProfile.nameWords(name, EventLinker.notOwnNameWords("election"))),
                List.of(name), null, List.of(), Map.of(), 0);
        return new EventLinker.EventFacts(1, "election", LocalDate.parse("2018-05-20"), LocalDate.parse("2018-05-20"), List.of("فنزويلا"),
                Set.of("Venezuela"), country, profile, Map.of(), List.of(), List.of());
    }

    @Test
    void aWordThatSaysOnlyWhichTypeOfElectionIsNoWordOfTheEventsName() {
        EventLinker.EventFacts vote = venezuelanElection();
        // {published, title and lead, linked}: in the vote's days, another country's presidency or presidential vote shares
        // "الرئاسية" and the kind's word, and nothing of Venezuela; the vote's own coverage names its country
        String[][] rows = {
            {"2018-05-21", "روما: الرئيس يكلف أستاذا جامعيا برئاسة الحكومة\nكلف الرئيس الإيطالي أستاذ القانون تشكيل حكومة بعد أشهر من الانتخابات",
                "false"},
            {"2018-05-20", "أردوغان يخاطب أنصاره في سراييفو\nدعا الرئيس التركي مؤيديه إلى التصويت له في الانتخابات الرئاسية المبكرة", "false"},
            {"2018-05-22", "مستشار ترامب: التحقيق في تدخل موسكو يقترب من نهايته\nقال محامي الرئيس إن التحقيق في الانتخابات الرئاسية الماضية يجب أن ينتهي",
                "false"},
            {"2018-05-21", "مادورو يفوز بولاية ثانية\nأعلنت اللجنة فوز الرئيس في الانتخابات الرئاسية في فنزويلا التي قاطعتها المعارضة", "true"},
            {"2018-05-20", "الفنزويليون يصوتون وسط مقاطعة المعارضة\nتوجه الناخبون في فنزويلا إلى مراكز الاقتراع لاختيار رئيس", "true"},
            {"2018-05-22", "كراكاس تطرد دبلوماسيا أمريكيا\nطردت فنزويلا القائم بالأعمال الأمريكي بعد انتقادات واشنطن للانتخابات", "true"},
        };
        assertLinks(vote, rows);
    }

    @Test
    void aPressConferenceIsNoEvidenceOfAConference() {
        EventLinker.EventFacts conference = event("conference", "2018-05-29", "باريس", "مؤتمر باريس حول ليبيا");
        // {published, title and lead, linked}: in the conference's days, a minister speaking to the press in Paris about
        // something else names the place and "مؤتمر" only as a press conference
        String[][] rows = {
            {"2018-05-30", "وزير الخارجية يرد على منتقديه\nقال الوزير خلال مؤتمر صحفي في باريس الأربعاء إن بلاده لن تتراجع عن قرارها", "false"},
            {"2018-05-30", "لاعب جديد في النادي الباريسي\nقدم النادي لاعبه الجديد في المؤتمر الصحافي في باريس", "false"},
            {"2018-05-30", "المجتمعون يتفقون على خريطة طريق\nاختتم المؤتمر أعماله في باريس باتفاق على موعد للانتخابات", "true"},
            {"2018-05-29", "انطلاق الاجتماع الدولي في العاصمة الفرنسية\nبدأ المؤتمر في باريس وعقد الرئيس بعده مؤتمرا صحفيا", "true"},
        };
        assertLinks(conference, rows);
    }

    @Test
    void aSummitsNumberOfPartiesIsNoWordOfItsName() {
        EventLinker.EventFacts summit = event("conference", "2018-09-07", "طهران", "قمة طهران الثلاثية");
        // {published, title and lead, linked}: in the summit's days, "three" of a shelling or of days is no word of its name;
        // the summit's own coverage names a summit and its city
        String[][] rows = {
            {"2018-09-08", "سقوط قذائف قرب مطار المدينة\nسقطت ثلاث قذائف صاروخية قرب مطار المدينة الجمعة دون أن تسفر عن إصابات", "false"},
            {"2018-09-08", "المعارضة في المنفى تدعو إلى التظاهر\nدعت المعارضة الأكراد إلى التظاهر ضد الحكومة في طهران بعد ثلاثة أيام من الاعتقالات", "false"},
            {"2018-09-07", "رؤساء ثلاث دول يجتمعون في طهران\nعقد رؤساء إيران وروسيا وتركيا قمة في طهران الجمعة لبحث مصير المحافظة", "true"},
            {"2018-09-08", "خلافات تهيمن على القمة الثلاثية\nفشلت القمة الثلاثية في طهران في الاتفاق على هدنة", "true"},
        };
        assertLinks(summit, rows);
    }

    @Test
    void aShootingIsNoWordOfAnAttacksName() {
        EventLinker.EventFacts shooting = event("attack", "2018-05-18", "سانتا في", "إطلاق النار في مدرسة سانتا في الثانوية");
        // {published, title and lead, linked}: in the shooting's days, a ceasefire ("وقف إطلاق النار") or another city's shooting
        // shares "إطلاق النار" and an attack's word, and nothing of the school; the shooting's own coverage names the school
        String[][] rows = {
            {"2018-05-19", "هدنة بين الجيش والمسلحين جنوب العاصمة\nدخل اتفاق وقف إطلاق النار حيز التنفيذ صباح السبت بعد هجوم استمر أسبوعا",
                "false"},
            {"2018-05-19", "مقتل شخصين في هجوم على مقهى\nقتل مسلح شخصين بإطلاق النار في مقهى بمدينة أوروبية قبل أن تعتقله الشرطة", "false"},
            {"2018-05-18", "هجوم على مدرسة ثانوية\nقتل طالب عشرة أشخاص بإطلاق النار داخل مدرسة سانتا في الثانوية صباح الجمعة", "true"},
            {"2018-05-20", "المتهم بهجوم المدرسة يمثل أمام القاضي\nوجهت إلى الطالب تهمة القتل بعد الهجوم على مدرسة سانتا في الثانوية", "true"},
        };
        assertLinks(shooting, rows);
    }

    @Test
    void aRareNameIsFoundInAnotherSpelling() {
        // a cyclone's transliterated name, written three ways by three outlets; a common word of the same letters is no spelling of it
        EventLinker.EventFacts cyclone = event("other", "2018-05-24", "سقطرى", Map.of("ميكونو", 2, "اعصار", 40, "مكان", 300), 2000,
                "إعصار ميكونو", "الإعصار ميكونو في سقطرى وعمان");
        String[][] rows = {
            {"2018-05-25", "إعصار مكونو يبلغ الدرجة الثانية ويقترب من عمان\nأطلقت السلطات تحذيرات مع اقتراب الإعصار من السواحل", "true"},
            {"2018-05-26", "ماكونو يقترب من ظفار\nأمطار غزيرة وعواصف رعدية مع وصول الإعصار ماكونو إلى ظفار", "true"},
            {"2018-05-25", "مكون جديد في مكان المعرض\nأعلنت الوزارة نقل المعرض إلى مكان أوسع في الجزيرة", "false"},
        };
        assertLinks(cyclone, rows);
        assertEquals("ماكانو", EventProfile.otherSpelling("ميكونو", Set.of("ماكانو", "الإعصار")));
        assertEquals(null, EventProfile.otherSpelling("ميكونو", Set.of("مكان", "مكون", "ميكونو")));
        assertEquals(null, EventProfile.otherSpelling("ترمب", Set.of("ترامب")), "four letters: too short to tell");
        assertEquals(null, EventProfile.otherSpelling("سانتا", Set.of("سنتا")), "cents are no Santa");
    }

    @Test
    void aNameSharedOnlyThroughItsCommonWordsIsNoEvidence() {
        // in the two months around the attacks, "تنظيم" is in 100 of 3,000 articles, "الدولة" and "الدولي" in 250, Sweida in 20
        EventLinker.EventFacts attacks = event("attack", "2018-07-25", "السويداء",
                stems(Map.of("تنظيم", 100, "الدولة", 250, "السويداء", 20, "تفجيرات", 10)), 3000, "تفجيرات تنظيم الدولة في السويداء");
        String[][] attackRows = {
            {"2018-07-27", "الاتحاد الدولي يؤكد تنظيم البطولة في موعدها\nأكد الاتحاد الدولي أن تنظيم البطولة القارية سيجري في موعده", "false"},
            {"2018-07-25", "قتلى بهجمات انتحارية في السويداء\nشن تنظيم الدولة هجمات انتحارية على مدينة السويداء فجر الأربعاء", "true"},
            {"2018-07-28", "تفجيرات تنظيم الدولة في السويداء تعيد المخاوف\nلا تزال المدينة تحت وقع الصدمة", "true"},
        };
        assertLinks(attacks, attackRows);
        // "زيارة", "رئيس" and "الوزراء" are in any visit of a head of government; "الإثيوبي" and Asmara are this one's
        EventLinker.EventFacts summit = event("meeting", "2018-07-08", "أسمرة",
                stems(Map.of("زيارة", 70, "رئيس", 750, "الوزراء", 150, "الإثيوبي", 18)), 3000,
                "زيارة رئيس الوزراء الإثيوبي إلى أسمرة");
        String[][] summitRows = {
            {"2018-07-09", "الرئيس الأميركي يبدأ زيارته لبريطانيا\nيجري الرئيس محادثات مع رئيسة الوزراء البريطانية خلال زيارته", "false"},
            {"2018-07-08", "رئيس الوزراء الإثيوبي في أسمرة\nأجرى رئيس الوزراء الإثيوبي محادثات مع الرئيس الإريتري في أسمرة", "true"},
        };
        assertLinks(summit, summitRows);
        // among 900 articles around the event (the dev scorer's most), much may be its own coverage: no word is read as common;
        // among 1,400 (a month of three outlets) it is
        EventLinker.EventFacts fewArticles = event("attack", "2018-07-25", "السويداء",
                stems(Map.of("تنظيم", 100, "الدولة", 250, "السويداء", 20, "تفجيرات", 10)), 900, "تفجيرات تنظيم الدولة في السويداء");
        EventLinker.EventFacts aMonthOfThreeOutlets = event("attack", "2018-07-25", "السويداء",
                stems(Map.of("تنظيم", 100, "الدولة", 250, "السويداء", 20, "تفجيرات", 10)), 1400, "تفجيرات تنظيم الدولة في السويداء");
        assertFalse(EventLinker.score(aMonthOfThreeOutlets, text(attackRows[0][0], attackRows[0][1])).links());
        assertTrue(EventLinker.score(fewArticles, text(attackRows[0][0], attackRows[0][1])).links());
    }

    /** In how many articles each stem occurs, from the counts of the words written out. */
    private static Map<String, Integer> stems(Map<String, Integer> words) {
        Map<String, Integer> stems = new java.util.HashMap<>();
        words.forEach((word, n) -> Stems.of(word).forEach(stem -> stems.merge(stem, n, Integer::sum)));
        return stems;
    }

    @Test
    void theDatelineIsNoWordOfTheStory() {
        // "العربية" of CNN Arabic's Dubai dateline opens every story: with it, a story on the embassy in Jerusalem three days after
        // an Arab summit shares both words of the name "قمة القدس العربية" less its kind
        EventLinker.EventFacts summit = event("conference", "2018-04-15", "الظهران", "القمة العربية في الظهران", "قمة القدس العربية");
        String title = "ترامب يتطلع لنقل سفارة بلاده إلى القدس الشهر المقبل";
        String own = "دبي، الإمارات العربية المتحدة (CNN)-- قال الرئيس الأمريكي إنه يتطلع لنقل السفارة إلى القدس الشهر المقبل.";
        EventLinker.Score withDateline = EventLinker.score(summit, text("2018-04-18", title + "\n" + own));
        assertTrue(withDateline.links(), "the rule's case: " + withDateline.reasons());
        String[][] rows = {
            {title, own, "false"},
            {"القادة العرب يختتمون قمتهم في الظهران", "دبي، الإمارات العربية المتحدة (CNN)-- اختتمت القمة العربية أعمالها في الظهران الأحد.", "true"},
            {"مدرب يتعرض لموقف محرج في مؤتمر صحفي", "دبي، الإمارات العربية المتحدة (CNN) – تلقى المدرب اتصالا خلال المؤتمر الصحفي.", "false"},
            {"الملك يفتتح القمة", "الظهران، السعودية (CNN)-- افتتح العاهل السعودي القمة العربية التاسعة والعشرين.", "true"},
        };
        for (String[] row : rows) {
            EventLinker.Score score = EventLinker.score(summit, text("2018-04-16", LinkingService.storyText(row[0], row[1])));
            assertEquals(Boolean.parseBoolean(row[2]), score.links(), row[0] + " " + score.reasons());
        }
        assertEquals("القادة العرب\n اختتمت القمة", LinkingService.storyText("القادة العرب", "دبي، الإمارات العربية المتحدة (CNN)-- اختتمت القمة"));
    }

    @Test
    void anElectionsResultsAreItsCoverageForTwoWeeks() {
        // a vote of 26-28 March whose results were announced on Monday 2 April, five days after its last polling day: a text that
        // names the election closely is its coverage (an attack's close name five days on reports what it led to)
        // placed in a country, the name keeps the country's word ("انتخابات العراق" less it is any election)
        String name = "الانتخابات الرئاسية المصرية";
        EventProfile profile = EventProfile.of(List.of(EventProfile.nameWords(name, EventLinker.notOwnNameWords("election"))), List.of(name),
                null, List.of(), Map.of(), 0);
        Set<String> country = new java.util.HashSet<>(Stems.of("مصر المصرية"));
        EventLinker.EventFacts vote = new EventLinker.EventFacts(1, "election", LocalDate.parse("2018-03-26"), LocalDate.parse("2018-03-28"),
                List.of("مصر"), Set.of("Egypt"), country, profile, Map.of(), List.of(), List.of());
        String results = "هيئة الانتخابات في مصر تعلن فوز الرئيس بولاية رئاسية ثانية";
        EventLinker.Score fiveDaysOn = EventLinker.score(vote, text("2018-04-02", results));
        assertTrue(fiveDaysOn.links(), fiveDaysOn.reasons().toString());
        EventLinker.Score threeWeeksOn = EventLinker.score(vote, text("2018-04-19", results));
        assertFalse(threeWeeksOn.links(), threeWeeksOn.reasons().toString());
        EventLinker.Score otherStory = EventLinker.score(vote, text("2018-04-02", "محكمة مصرية تقضي بسجن صحفي بتهمة نشر أخبار كاذبة"));
        assertFalse(otherStory.links(), otherStory.reasons().toString());
        EventLinker.EventFacts attack = event("attack", "2018-03-26", "دوما", "الهجوم الكيميائي المفترض على دوما");
        EventLinker.Score attackFiveDaysOn = EventLinker.score(attack, text("2018-04-02", "واشنطن تلوح بضربة عسكرية ردا على الهجوم الكيميائي المفترض"));
        assertFalse(attackFiveDaysOn.temporal(), "an attack's follow-up reach is unchanged: " + attackFiveDaysOn.reasons());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource({"تورونتو, تورنتو, true", "مرسيليا, مارسيليا, true", "سالزبري, سالزبيري, true",
        "باريس, بوريس, false", "تيفور, توفير, false", "اراكان, اركان, false", "ايلات, اليات, false", "كيليس, كواليس, false",
        "تورونتو, تورونتو, false"})
    void aPlaceIsWrittenWithAVowelLetterMoreOrLess(String spelling, String word, boolean otherwise) {
        assertEquals(otherwise, EventProfile.writesPlaceOtherwise(spelling, word));
    }

    @Test
    void aCitySpelledWithAVowelLetterLessIsThePlace() {
        // the gazetteer spells Toronto "تورونتو"; France 24 and Sky News Arabia write "تورنتو"
        EventLinker.EventFacts attack = event("attack", "2018-04-23", "تورونتو", "هجوم الدهس في تورونتو");
        for (String body : List.of("شاحنة تدهس مارة وسط تورنتو في كندا", "عربي بين ضحايا حادث الدهس بتورنتو")) {
            EventLinker.Score score = EventLinker.score(attack, text("2018-04-24", body));
            assertTrue(score.reasons().contains("names the place"), body + " " + score.reasons());
        }
        EventLinker.Score attackThere = EventLinker.score(attack, text("2018-04-24", "هجوم بشاحنة على المارة وسط تورنتو يوقع قتلى"));
        assertTrue(attackThere.links(), "the attack's word beside the city: " + attackThere.reasons());
        EventLinker.Score elsewhere = EventLinker.score(attack, text("2018-04-24", "شاحنة تدهس مارة في مدينة أوتاوا"));
        assertFalse(elsewhere.reasons().contains("names the place"), elsewhere.reasons().toString());
    }

    /** Each row {published, title and lead, whether it links}: the score's verdict on that text for the event. */
    @Test
    void aCrashsCoverageNamesItsWreckageOrTheStrickenPlaneBesideTheCountry() {
        // "طائرة" and "إيرانية" are in many of the month's articles: the name less its kind's word shares only them
        EventLinker.EventFacts crash = event("other", "2018-02-18", "إيران", stems(Map.of("الطائرة", 120, "الإيرانية", 150, "آسمان", 12)),
                2300, "تحطم الطائرة الإيرانية", "سقوط طائرة آسمان في جبال زاغروس");
        String[][] rows = {
            {"2018-02-19", "إيران تعلن العثور على حطام الطائرة المنكوبة\nأعلن مسؤول إيراني العثور على حطام الطائرة في منطقة جبلية وعرة", "true"},
            {"2018-02-18", "عدد ضحايا الطائرة الإيرانية المنكوبة 65\nقالت شركة الطيران في إيران إن قتلى الطائرة المنكوبة عددهم 65 وليس 66", "true"},
            {"2018-02-19", "إيران: فرق الإنقاذ تواصل البحث عن طائرة ركاب تحطمت في جبال زاغروس\nاستأنفت فرق الإنقاذ عمليات البحث صباح الاثنين", "true"},
            {"2018-02-19", "إيران تكشف عن طائرة مسيرة جديدة\nكشفت إيران عن طائرة مسيرة محلية الصنع خلال معرض عسكري", "false"},
            {"2018-02-19", "تحطم مروحية عسكرية في سوريا\nتحطمت مروحية عسكرية في ريف إدلب ومقتل طاقمها", "false"},
        };
        assertLinks(crash, rows);
        assertEquals("crash", crash.kind());
    }

    @Test
    void aWordThatRelatesANamesWordsNamesNothing() {
        // "بشأن" of "مشاورات جنيف بشأن اليمن" is in any text of any decision
        EventLinker.EventFacts talks = event("meeting", "2018-09-06", "جنيف", "مشاورات جنيف بشأن اليمن");
        String[][] rows = {
            {"2018-09-07", "سجن مستشار ترامب السابق بشأن التواطؤ\nقضت محكمة بسجن المستشار بشأن التواطؤ مع روسيا بعد محادثات مع المحققين", "false"},
            {"2018-09-07", "اليماني: صراعات داخل الحوثي تعرقل مشاورات جنيف\nأكد وزير الخارجية اليمني أن الحكومة جاهزة لمشاورات جنيف بشأن اليمن", "true"},
        };
        assertLinks(talks, rows);
    }

    @Test
    void anAttacksStrikeWordSaysHowNotWhichAttack() {
        // "قصف" of an attack named by how it was done is in any shelling of its days
        EventLinker.EventFacts strike = event("attack", "2018-09-08", "كويسنجق", "القصف الصاروخي الإيراني على كويسنجق");
        String[][] rows = {
            {"2018-09-09", "أطفال بين ضحايا قصف على ريف إدلب\nقتل أطفال في قصف على ريف إدلب والهجوم مستمر منذ أيام", "false"},
            {"2018-09-09", "أسر ضحايا قصف حافلة مدرسية محبطون\nقالت أسر الضحايا إن الهجوم على الحافلة لم يلق ردا دوليا", "false"},
            {"2018-09-09", "الحرس الثوري الإيراني يتبنى القصف الصاروخي على كويسنجق\nأعلن الحرس الثوري الإيراني مسؤوليته عن الهجوم الصاروخي على مقر حزب كردي", "true"},
        };
        assertLinks(strike, rows);
    }

    @Test
    void aGatheringInACityIsNamedWithItsCityInItsTitleAndLead() {
        // Geneva hosts many talks: the Yemen talks' word beside "جنيف" further down is another gathering there, or a brief
        // appended under another story; a word shared with the name ("سلام") is the talks' only beside a gathering's word up top
        EventLinker.EventFacts talks = event("meeting", "2018-09-06", "جنيف", "محادثات السلام اليمنية في جنيف");
        String[][] rows = {
            {"2018-09-06", "الحوثيون يضعون شروطا قبل المحادثات\nقال المبعوث الأممي إن محادثات جنيف تبدأ الخميس بحضور وفد الحكومة", "true"},
            {"2018-09-07", "انطلاق مشاورات جنيف وسط غياب وفد الحوثيين\nبدأ المبعوث الأممي لقاءاته مع وفد الحكومة اليمنية", "true"},
            {"2018-09-06", "الأردن يرفض إعادة اللاجئين قسرا\nقال وزير الخارجية الأردني إن بلاده لن تعيد اللاجئين. وأضاف أن الحل سياسي."
                    + " وزار الوزير مخيما في الشمال. وتحدث إلى عائلات هناك. وفي خبر آخر، بدأت في جنيف محادثات برعاية الأمم المتحدة", "false"},
            {"2018-09-10", "واشنطن تغلق مكتب منظمة التحرير\nقالت الإدارة إن القادة الفلسطينيين رفضوا الحديث عن خطة السلام."
                    + " وأضافت أن الإدارة لن تتراجع. وقال مسؤول إن المكتب يغلق خلال شهر. وأكد أن مباحثات سلام جادة لم تبدأ", "false"},
        };
        assertLinks(talks, rows);
        // a summit given as a meeting is named by a conference's word too, and that word is no word of its name
        EventLinker.EventFacts summit = event("meeting", "2018-06-28", "بروكسل", "قمة الاتحاد الأوروبي حول الهجرة");
        String[][] summitRows = {
            {"2018-06-29", "زعماء أوروبا يتفقون على الهجرة في قمة بروكسل\nتوصل القادة إلى اتفاق بعد محادثات طويلة", "true"},
            {"2018-06-30", "ما هي رهانات قمة الاتحاد الأفريقي في نواكشوط\nيبحث القادة الأفارقة ملف الهجرة في قمتهم", "false"},
            // "الاتحاد" is a word of "روسيا الاتحادية", but alone no country: the EU's summit is no Russian one
            {"2018-06-29", "القادة الأوروبيون يتعهدون بمواجهة التجسس\nدعت قمة الاتحاد المنعقدة في بروكسل إلى قيود جديدة على الأسلحة الكيماوية", "true"},
        };
        assertLinks(summit, summitRows);
    }

    @Test
    void aNamesWordIsAlsoReadAsItsSynonym() {
        // reactions to a "truce" resolution say "ceasefire"
        assertEquals(List.of("قرار مجلس الأمن بهدنة في سوريا", "قرار مجلس الامن بوقف اطلاق النار في سوريا",
                "قرار مجلس الامن بوقف لاطلاق النار في سوريا", "قرار مجلس الامن بتهدئه في سوريا"),
                Synonyms.withVariants(List.of("قرار مجلس الأمن بهدنة في سوريا")));
        assertEquals(List.of("الهدنة في الغوطة", "وقف اطلاق النار في الغوطه", "وقف لاطلاق النار في الغوطه", "تهدئه في الغوطه"),
                Synonyms.withVariants(List.of("الهدنة في الغوطة")));
        assertEquals(List.of("مؤتمر ميونخ للأمن"), Synonyms.withVariants(List.of("مؤتمر ميونخ للأمن")));
        EventLinker.EventFacts vote = event("election", "2018-02-24", "نيويورك", "قرار مجلس الأمن بهدنة في سوريا");
        String[][] rows = {
            {"2018-02-25", "القوات الحكومية تشن هجوما على الغوطة\nشنت القوات هجوما رغم قرار مجلس الأمن بوقف إطلاق النار في سوريا", "true"},
            {"2018-02-22", "مجلس الأمن يصوت على وقف لإطلاق النار في سوريا\nمن المتوقع أن يصوت المجلس اليوم على مشروع قرار", "true"},
            {"2018-02-26", "تركيا تواصل عمليتها في عفرين\nقالت أنقرة إن عمليتها في عفرين مستمرة وإن القتال لم يتوقف", "false"},
        };
        assertLinks(vote, rows);
    }

    @Test
    void anAttacksCountryAdjectiveNamesWhoStruckNotWhere() {
        // "غارات إسرائيلية" of strikes on Gaza is no attack of Israel's; a country named after the strike word is still its place
        EventLinker.EventFacts strikes = event("attack", "2018-08-08", "غزة", "التصعيد بين إسرائيل وحماس في غزة");
        String[][] rows = {
            {"2018-08-09", "غارات إسرائيلية على قطاع غزة تقتل ثلاثة فلسطينيين\nقتل ثلاثة فلسطينيين بينهم طفلة في غارات جوية إسرائيلية على قطاع غزة فجر الخميس", "true"},
            {"2018-08-09", "قصف إسرائيلي يقتل امرأة حامل وطفلتها في غزة\nقتلت امرأة حامل وطفلتها في قصف إسرائيلي على منزلهما في قطاع غزة", "true"},
            {"2018-08-09", "غارات إسرائيلية على سوريا\nشنت طائرات إسرائيلية غارات على سوريا فجر الخميس استهدفت مواقع قرب دمشق", "false"},
        };
        assertLinks(strikes, rows);
    }

    @Test
    void anAttacksWordIsItsKindsEvidenceBesideOneSharedWordOnlyInTheTitleAndLead() {
        // "تصعيد" shared with a story of the lira, an attack's word only past the lead (400 characters): no evidence of the attack's kind
        EventLinker.EventFacts strikes = event("attack", "2018-08-08", "غزة", "التصعيد بين إسرائيل وحماس في غزة");
        String[][] rows = {
            {"2018-08-11", "أردوغان يبحث عن حلفاء بعد تصعيد أزمة الليرة\nقال الرئيس التركي إن بلاده ستجد أسواقا جديدة. وأضاف أن الأزمة عابرة."
                    + " وكانت الليرة قد هبطت بعد العقوبات."
                    + " وأكد أن الاقتصاد قوي وأن المصارف قادرة على مواجهة الضغوط. ودعا المواطنين إلى الهدوء وعدم شراء العملات الأجنبية."
                    + " وقال وزير المالية إن خطة عمل جديدة ستعلن صباح الاثنين لطمأنة الأسواق والمستثمرين. وأضاف أن الحكومة ستدعم المصارف"
                    + " الصغيرة وستراقب أسعار السلع الأساسية في الأسواق المحلية خلال الأسابيع المقبلة. وتوقع محللون أن تستمر التقلبات."
                    + " وفي سياق آخر، قتل جندي في هجوم على دورية في الجنوب", "false"},
            {"2018-08-09", "الفصائل تعلن وقف التصعيد بعد ليلة من الغارات\nأعلنت الفصائل في غزة وقف التصعيد بعد غارات إسرائيلية على القطاع", "true"},
        };
        assertLinks(strikes, rows);
    }

    @Test
    void aPhrasesWordsNameItOnlyTogether() {
        // "وقف" of "وقف إطلاق النار" (a synonym of the name's "التهدئة") alone is any stop: fuel deliveries, treatment programmes
        assertEquals(List.of(Set.copyOf(Stems.of("وقف إطلاق النار"))), Synonyms.phrasesIn("وقف اطلاق النار في قطاع غزه"));
        assertEquals(List.of(), Synonyms.phrasesIn("التهدئة في قطاع غزة"));
        EventLinker.EventFacts truce = event("attack", "2018-08-08", "غزة", "التهدئة في قطاع غزة");
        String[][] rows = {
            {"2018-08-01", "إسرائيل توقف شحنات الوقود إلى غزة\nقررت إسرائيل وقف إدخال الوقود إلى قطاع غزة حتى إشعار آخر", "false"},
            {"2018-08-08", "الرياض توقف برامج العلاج في كندا\nقررت السعودية وقف جميع برامج العلاج في كندا وسط أزمة مع أوتاوا", "false"},
            {"2018-08-09", "الفصائل في غزة تعلن وقف إطلاق النار\nأعلنت الفصائل الفلسطينية وقف إطلاق النار مع إسرائيل بوساطة مصرية مساء الخميس", "true"},
        };
        assertLinks(truce, rows);
    }

    /**
     * A word of the event's name followed in a title by a place of its own (another crossing) is another one of it, unless the
     * event's own word after it is in the title or lead; the event's place, a country (whose, not which), "في" or a verb after it
     * names nothing else, nor does any place when the event's is unknown. {@code another}: the pair the reason quotes, "-" for
     * none; {@code links}: whether the text is linked.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            crossing | اتفاق على فتح معبر القنيطرة مع الجولان\\nاتفقت الأطراف على فتح المعبر الوحيد بين سوريا والجولان.                  | معبر القنيطره | false
            crossing | افتتاح معبر البوكمال بين العراق وسوريا\\nأعيد الاثنين فتح المعبر الحدودي بين سوريا والعراق أمام المسافرين.         | معبر البوكمال | false
            crossing | فتح معبر نصيب مع الأردن رسميا\\nأعيد صباح الاثنين فتح معبر جابر نصيب الحدودي بين سوريا والأردن.                   | -             | true
            crossing | على غرار معبر نصيب.. فتح معبر القنيطرة\\nفتح معبر القنيطرة في الجولان بعد يوم من فتح معبر جابر نصيب.               | -             | true
            crossing | فتح معبر سوريا مع الأردن رسميا\\nأعيد صباح الاثنين فتح المعبر الحدودي بين البلدين.                                | -             | true
            crossing | فتح معبر في درعا مع الأردن\\nأعيد صباح الاثنين فتح المعبر الحدودي بين سوريا والأردن.                               | -             | true
            embassy  | سفارة واشنطن في القدس تفتح أبوابها\\nافتتحت الولايات المتحدة سفارتها في القدس الاثنين وسط احتجاجات.                | -             | true
            embassy  | سفارة أمريكا في القدس تفتح أبوابها\\nافتتحت الولايات المتحدة سفارتها في القدس الاثنين وسط احتجاجات.                | -             | true
            church   | داعش يتبنى الهجوم على كنيسة روسيا\\nأعلن التنظيم مسؤوليته عن إطلاق النار قرب كنيسة في جنوب روسيا الأحد.             | -             | true
            """)
    void aWordOfTheNameFollowedByAPlaceOfItsOwnIsAnotherOne(String event, String body, String another, boolean links) {
        EventLinker.EventFacts facts = switch (event) {
            case "crossing" -> event("other", "2018-10-15", "سوريا", "إعادة فتح معبر جابر نصيب", "فتح معبر نصيب الحدودي بين الأردن وسوريا");
            case "embassy" -> event("other", "2018-05-14", "القدس", "افتتاح السفارة الأمريكية في القدس");
            default -> event("attack", "2018-02-18", "Kizlyar", "الهجوم على كنيسة كيزليار"); // a place the gazetteer does not know
        };
        EventLinker.TextFacts text = text(facts.start().toString(), body.replace("\\n", "\n"));
        assertEquals("-".equals(another) ? null : another, EventLinker.anotherOfItsName(facts, text));
        EventLinker.Score score = EventLinker.score(facts, text);
        assertEquals(!"-".equals(another), score.reasons().contains("its title names another: " + another), score.reasons().toString());
        assertEquals(links, score.links(), score.reasons().toString());
    }

    @Test
    void aTitleThatSharesAWordOfANameOfAKindWithoutWordsButNamesOnlyAnotherPlaceIsElsewhere() {
        // a storm or a crossing has no kind's words: a word of its names in a title that names only other places, in an article
        // that names nothing around the event's place, is another storm's ("الإعصار ليزلي" three days after Michael hit Florida)
        EventLinker.EventFacts storm = event("other", "2018-10-10", "فلوريدا", "Hurricane Michael", "الإعصار مايكل", "إعصار مايكل يضرب فلوريدا");
        String[][] rows = {
            {"2018-10-13", "الإعصار ليزلي يهدد إسبانيا والبرتغال\nقالت السلطات إن الإعصار قد يضرب سواحل البرتغال خلال ساعات مصحوبا برياح عاتية.", "false"},
            {"2018-10-12", "إعصار يضرب اليابان ويقتل شخصين\nضرب إعصار قوي جنوب اليابان وقتل شخصين وأصاب العشرات.", "false"},
            {"2018-10-11", "الإعصار مايكل يضرب فلوريدا بقوة\nضرب الإعصار سواحل فلوريدا بعد ظهر الأربعاء مصحوبا برياح عاتية.", "true"},
            {"2018-10-09", "الإعصار مايكل يقترب من كوبا\nيتجه الإعصار مايكل نحو سواحل فلوريدا بعد مروره قرب كوبا.", "true"},
        };
        assertLinks(storm, rows);
        EventLinker.Score leslie = EventLinker.score(storm, text(rows[0][0], rows[0][1]));
        assertTrue(leslie.reasons().contains("its title speaks of a word of the event's name elsewhere"), leslie.reasons().toString());
    }

    @Test
    void aCityWrittenWithAProcliticInANameIsThePlace() {
        // "بأبها" (in Abha) stems to "باب" (a door): read as a word of the name, any text of Abha or with a door shared it
        Set<String> leftOut = new java.util.HashSet<>(EventLinker.cityStems("أبها"));
        leftOut.addAll(EventLinker.notOwnNameWords("attack"));
        Set<String> written = EventLinker.ownNameWords("تفجير مسجد الطوارئ بأبها", leftOut, "attack");
        assertEquals(EventLinker.ownNameWords("تفجير مسجد الطوارئ في أبها", leftOut, "attack"), written);
        assertFalse(written.contains("باب"), written.toString());
    }

    @Test
    void aBaseAndItsRetakingNameNoHappening() {
        // "قاعدة" is al-Qaeda's "القاعدة" too and "تحرير" any paper's editing: a text sharing only them shares nothing of the name
        EventLinker.EventFacts base = event("other", "2015-08-03", "Yemen", "تحرير قاعدة العند", "استعادة قاعدة العند الجوية");
        String[][] rows = {
            {"2015-08-04", "بوادر انهيار الاتفاق بين المجلس المحلي و«القاعدة» في المدينة\nقالت مصادر إن الاتفاق بين المجلس وتنظيم القاعدة يوشك على الانهيار.", "false"},
            {"2015-08-04", "أسئلة الطلاب بلا إجابات\nكتب رئيس التحرير عن أسئلة الطلاب في المدارس.", "false"},
            {"2015-08-03", "المقاومة تسيطر على قاعدة العند الجوية\nسيطرت المقاومة الشعبية على قاعدة العند بعد معارك مع الحوثيين.", "true"},
        };
        assertLinks(base, rows);
    }

    @Test
    void aSumsWordsNameNoHappening() {
        // "بقيمة 38 مليار دولار" of Apple's tax is in any deal of its days: Emirates' order "بقيمة 16 مليار دولار", announced "في بيان"
        EventLinker.EventFacts tax = event("statement", "2018-01-17", "United States", "أبل تدفع ضرائب بقيمة 38 مليار دولار");
        String[][] rows = {
            {"2018-01-18", "صفقة بقيمة 16 مليار دولار بين شركة طيران وإيرباص\nأعلنت شركة الطيران في بيان الخميس عن طلبية بقيمة 16 مليار دولار لشراء طائرات.", "false"},
            {"2018-01-18", "أبل تدفع ضرائب بقيمة 38 مليار دولار عن أرباحها في الخارج\nأعلنت شركة أبل في بيان أنها ستدفع ضرائب بقيمة 38 مليار دولار.", "true"},
        };
        assertLinks(tax, rows);
    }

    @Test
    void anEventAboutAVoteIsNotAnyCandidatesStory() {
        // given as other, its name's vote makes it an election's kind; a candidate is any vote's
        EventLinker.EventFacts nomination = event("other", "2018-05-04", "تركيا", "حزب الشعب الجمهوري يرشح محرم إينجه لمنافسة أردوغان",
                "المعارضة التركية تعلن مرشحها للانتخابات الرئاسية");
        assertTrue(nomination.aboutAnOccasion());
        String[][] rows = {
            {"2018-05-06", "مرشحة لبنانية تتعرض للضرب قبل الانتخابات\nتعرضت مرشحة للانتخابات النيابية في بيروت للضرب على يد مناصري منافسيها", "false"},
            {"2018-05-04", "مرجع ديني يدعو إلى عدم انتخاب الفاسدين\nدعا المرجع الناخبين إلى عدم التصويت لأي مرشح فاسد في الانتخابات البرلمانية", "false"},
            {"2018-05-04", "المعارضة التركية تختار محرم إينجه لمنافسة أردوغان\nأعلن حزب الشعب الجمهوري اليوم ترشيح النائب محرم إينجه لمنافسة الرئيس أردوغان في الانتخابات الرئاسية", "true"},
        };
        assertLinks(nomination, rows);
    }

    @Test
    void anEventAboutAGatheringIsToldByItsOwnWordsNotAGatheringsWordBesideItsPlaceNorItsPeople() {
        List<String> names = List.of("ترامب يلغي القمة مع زعيم كوريا الشمالية", "إلغاء قمة ترامب وكيم جونغ أون في سنغافورة");
        EventLinker.EventFacts named = event("other", "2018-05-24", "واشنطن", names.toArray(String[]::new));
        // the people of its names as the shipped registry reads them
        List<Set<String>> people = names.stream().flatMap(name -> news.parallax.extraction.Extractor.curatedPeopleNamed(name,
                news.parallax.extraction.ShippedRegistry.get()).stream()).map(Stems::of).distinct().toList();
        assertEquals(2, people.size(), people.toString());
        EventLinker.EventFacts cancelled = new EventLinker.EventFacts(1, named.kind(), named.start(), named.end(), named.placeNames(),
                named.places(), named.countryWords(), named.profile(), Map.of(), List.of(), people, named.aboutAnOccasion());
        assertTrue(cancelled.aboutAnOccasion());
        // given as a conference, or named by the gathering's word, the gathering is the event
        assertFalse(event("conference", "2018-05-24", "واشنطن", "إلغاء قمة ترامب وكيم جونغ أون").aboutAnOccasion());
        assertFalse(event("other", "2018-05-24", "سنغافورة", "قمة ترامب وكيم جونغ أون في سنغافورة").aboutAnOccasion());
        String[][] rows = {
            {"2018-05-25", "محادثات أوروبية لإنقاذ الاتفاق النووي\nتبدأ في فيينا محادثات بين الأوروبيين بعد انسحاب واشنطن من الاتفاق", "false"},
            {"2018-05-24", "بيونغيانغ تفكك موقعها للتجارب النووية قبل القمة\nقالت واشنطن إن تفكيك الموقع خطوة تسبق القمة المرتقبة", "false"},
            {"2018-05-27", "الكوريتان تتعهدان بلقاءات متكررة قبل قمة ترامب وكيم جونغ أون\nتعهد زعيما الكوريتين بلقاءات متكررة قبل القمة بين ترامب وكيم جونغ أون", "false"},
            {"2018-05-24", "ترامب يلغي قمته مع كيم جونغ أون\nألغى الرئيس الأمريكي ترامب القمة التي كانت مقررة في سنغافورة مع زعيم كوريا الشمالية", "true"},
        };
        assertLinks(cancelled, rows);
    }

    private static void assertLinks(EventLinker.EventFacts event, String[][] rows) {
        for (String[] row : rows) {
            EventLinker.Score score = EventLinker.score(event, text(row[0], row[1]));
            assertEquals(Boolean.parseBoolean(row[2]), score.links(), row[1] + " " + score.reasons());
        }
    }
}
