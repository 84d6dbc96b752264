package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.parallax.text.NameNormalizer;

class PlacesTest {

    /** The words between a figure and a later date of its sentence: a relative clause opened after a place tells of the place. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            شخصا وأصيب العشرات في حادث إطلاق نار وقع في كلية في شبه جزيرة القرم التي ضمتها روسيا إلى أراضيها | true
            قتيلا في مدينة حلب التي سيطرت عليها القوات الحكومية نهاية                                   | true
            شخصا في غارات على سوريا التي تشهد حربا منذ                                                  | true
            شخصا في الهجوم الذي وقع في                                                                  | false
            قتيلا في القصف الذي استهدف دوما                                                             | false
            شخصا في حلب وفي هجوم مماثل في                                                               | false
            """)
    void aRelativeClauseAfterAPlaceTellsOfThePlace(String between, boolean ofThePlace) {
        int clause = Places.placeClause(between);
        assertEquals(ofThePlace, clause >= 0);
        if (ofThePlace) {
            assertEquals(true, between.startsWith("التي", clause) || between.startsWith("الذي", clause), between.substring(clause));
        }
    }

    @ParameterizedTest(name = "{1} at {0}: elsewhere {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Douma            | أسفر الهجوم الكيماوي في دوما عن مقتل 150 شخصا                | false
            Douma            | قتل 40 شخصا بالهجوم على الغوطة الشرقية                       | false
            Douma            | قتل 70 شخصا في سوريا منذ الصباح                             | false
            Douma            | قُتِلَ 14 عسكريّاً في غارةٍ على مطارِ التيفور قربَ حمص              | true
            Douma            | وقتل 14 عسكريا في غارة على مطار التيفور قرب حمص              | true
            Douma            | أطلقت الولايات المتحدة وبريطانيا وفرنسا 105 صواريخ            | false
            Douma            | قالت روسيا إن 150 شخصا قتلوا                                 | false
            Douma            | قتل 9 أشخاص في غارات إسرائيلية على الجولان                   | true
            Barzah and Him Shinshar area west of Homs | أدى القصف على مطار التيفور في ريف حمص إلى مقتل 7 | true
            Barzah and Him Shinshar area west of Homs | أصيب 3 مدنيين في قصف قرب حمص                    | false
            Barzah, Homs      | استهدفت 105 صواريخ مواقع في دمشق وحمص                        | false
            Barzah, Homs      | أسفر الهجوم الكيماوي في دوما عن مقتل 150 شخصا                | true
            Barzah, Homs      | أصيب 3 مدنيين بمنطقة قرب حمص                                 | false
            Washington       | قتل 23 مقاتلا على الأقل في ضربات على مواقع في سوريا            | true
            Washington       | أعلن ترامب في واشنطن فرض العقوبات خلال 90 يوما              | false
            Washington       | أطلقت إيران 20 صاروخا                                        | false
            Jerusalem, Gaza  | قتل 58 فلسطينيا برصاص الجيش الإسرائيلي على حدود قطاع غزة      | false
            Jerusalem, Gaza  | قتل 2 في الضفة الغربية                                       | true
            Jerusalem, Gaza  | شارك 800 شخص في حفل افتتاح السفارة بالقدس                    | false
            Iraq             | قتل 5 أشخاص في هجوم على مركز اقتراع في كركوك                  | false
            Iraq             | قتل 12 شخصا في انفجار في دمشق                                 | true
            Iraq             | قتل 12 شخصا في أوروبا                                         | false
            Paris            | قتل 12 شخصا في هجوم                                          | false
            Atlantis         | قتل 12 شخصا في انفجار في دمشق                                 | false
            Barzah, Homs      | تعرضت مدينة دوما قرب دمشق لهجوم أدى إلى مقتل 40 شخصا          | true
            Barzah, Homs      | أصيب 3 مدنيين في قصف موقع عسكري قرب حمص                        | false
            Barzah, Homs      | سقطت صواريخ قرب دمشق وأصيب 3 مدنيين                           | false
            Washington       | أطلقت الطائرات نحو 30 صاروخا على مواقع حول دمشق               | true
            Douma            | قتل 14 عسكريا في ضربات على قاعدة تيفور                         | true
            Socotra          | أسفرت العاصفة عن مقتل أكثر من 50 شخصا في إقليم أرض الصومال      | true
            Socotra          | أسفر الإعصار عن مقتل 7 أشخاص في سقطرى                          | false
            Santa Fe, Texas  | وقعت أسوأ حادثة في جامعة في ولاية فيرجينيا حيث قتل 33 شخصا       | true
            Santa Fe, Texas  | قتل 10 أشخاص في مدرسة ثانوية بولاية تكساس                       | false
            Florida          | ولقي 13 شخصا على الأقل مصرعهم في منطقة أمريكا الوسطى خلال الأسبوع الماضي | true
            Florida          | خلف الإعصار 13 قتيلا عندما مر بمنطقة أميركا الوسطى           | true
            Florida          | قتل 3 أشخاص في ولاية نورث كارولينا                           | true
            Florida          | قتل 6 أشخاص في الولايات المتحدة                              | false
            Honduras         | قتل 13 شخصا في أمريكا الوسطى                                 | false
            """)
    void aFigureLocatedOnlyInAnotherPlaceIsElsewhere(String eventPlaces, String sentence, boolean elsewhere) {
        Set<String> event = Places.mostSpecific(List.of(eventPlaces));
        assertEquals(elsewhere, Places.elsewhere(sentence, "", event));
    }

    @ParameterizedTest(name = "{2} after {1}: elsewhere {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Barzah, Homs | وصل المفتشون إلى بلدة دوما للتحقيق       | وقتل أكثر من 40 شخصا بغازات سامة      | true
            Barzah, Homs | وصل المفتشون إلى بلدة دوما للتحقيق       | وأصيب 3 مدنيين قرب حمص                | false
            Barzah, Homs | ضربت الصواريخ مواقع في دمشق               | وأصيب 3 مدنيين                        | false
            Barzah, Homs | قالت وزارة الدفاع الروسية                 | وأطلقت 103 صواريخ                     | false
            Douma        | قصفت الطائرات مطار التيفور في ريف حمص     | وقتل 14 شخصا                          | true
            Douma        | أعلن الدفاع المدني في دوما               | وارتفع عدد القتلى إلى 70              | false
            """)
    void aSentenceThatLocatesNothingGoesOnFromTheOneBefore(String eventPlaces, String before, String sentence, boolean elsewhere) {
        assertEquals(elsewhere, Places.elsewhere(sentence, before, Places.mostSpecific(List.of(eventPlaces))));
    }

    @Test
    void anEventsPlacesAreTheMostSpecificItsNamesAndPlaceName() {
        assertEquals(Set.of("Barzah", "Him Shinshar"),
                Places.mostSpecific(List.of("Barzah and Him Shinshar area west of Homs", "الضربات الغربية على سوريا")));
        assertEquals(Set.of("Jerusalem", "Gaza Strip"),
                Places.mostSpecific(List.of("Jerusalem and the Gaza-Israel border fence", "نقل السفارة الأمريكية إلى القدس ومجزرة غزة")));
        assertEquals(Set.of("Douma"), Places.mostSpecific(List.of("Douma", "الهجوم الكيماوي على دوما في سوريا")));
        assertEquals(Set.of(), Places.mostSpecific(List.of("Atlantis")));
    }

    @Test
    void aPlaceLiesInItsCountryAndTheRegionsHoldingIt() {
        assertTrue(Places.within("Turkey", "Istanbul"));
        assertTrue(Places.within("Eastern Ghouta", "Douma"));
        assertTrue(Places.within("Syria", "Douma"));
        assertFalse(Places.within("Turkey", "Damascus"));
        assertFalse(Places.within("Istanbul", "Turkey"));
        assertFalse(Places.within("Turkey", "Atlantis"));
    }

    @Test
    void aTextNamesPlacesAroundAnEventsOrOnlyOthers() {
        Set<String> strikes = Set.of("Barzah", "Him Shinshar");
        assertTrue(Places.namesAround("قالت موسكو إن الضربة على سوريا عدوان", strikes), "Syria holds Barzah");
        assertTrue(Places.namesAround("استهدفت الصواريخ مركز البحوث في برزة", strikes));
        assertFalse(Places.namesAround("يتوجه المكسيكيون إلى صناديق الاقتراع", strikes));
        assertTrue(Places.namesAround("any text", Set.of("Atlantis")), "an unknown place decides nothing");
        assertTrue(Places.namesOnlyOthers("المكسيك: انتخابات رئاسية", Set.of("Turkey")));
        assertFalse(Places.namesOnlyOthers("إسطنبول: انتخابات رئاسية", Set.of("Turkey")), "Istanbul lies in Turkey");
        assertFalse(Places.namesOnlyOthers("روسيا تدين الهجوم على سوريا", strikes), "Syria holds Barzah");
        assertFalse(Places.namesOnlyOthers("انتخابات رئاسية", Set.of("Turkey")), "no place named");
    }

    @Test
    void spellingsAreNormalisedWhenLoaded() {
        assertEquals("Douma", Places.shipped().get(NameNormalizer.normalize("دوما")).name());
        assertEquals("Gaza Strip", Places.shipped().get(NameNormalizer.normalize("غزة")).name());
        assertEquals("Algeria", Places.shipped().get(NameNormalizer.normalize("الجزائر")).name());
        assertEquals("Algiers", Places.shipped().get(NameNormalizer.normalize("الجزائر العاصمة")).name());
    }
}
