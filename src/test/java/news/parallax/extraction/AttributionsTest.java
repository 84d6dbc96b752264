package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who a sentence attributes its content to, pattern by pattern, on sentences written for this
 * test (never an outlet's text): the speakers found, the outlets cited and the other sources.
 */
class AttributionsTest {

    private static String speakers(Extractor.Result result) {
        return String.join("|", result.claims().stream().map(Found.Claim::speaker).filter(Objects::nonNull).map(Found.Speaker::name)
                .distinct().toList());
    }

    private static String sources(Extractor.Result result, boolean outlets) {
        return String.join("|", result.citations().stream().map(Found.Citation::source)
                .filter(s -> (s.mention() == null) == outlets).map(Found.Source::name).distinct().toList());
    }

    private static Extractor.Result run(String sentence) {
        return Extractor.run(sentence, LocalDate.of(2018, 4, 2), ShippedRegistry.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال وزير الخارجية التركي، مولود جاويش أوغلو، إن بلاده لن تسلم أي تسجيلات.               | Mevlüt Çavuşoğlu
            وكان المتحدث باسم الشرطة سامي ناصر قد أعلن في وقت سابق الاثنين مقتل ثلاثة أشخاص.          | سامي ناصر
            ويقول المدرب جوزيه ألفيس إن الفريق جاهز للمباراة.                                         | جوزيه ألفيس
            ونفى بيرنز اطلاعه على أي تسجيل.                                                           | ''
            ونفى بومبيو اطلاعه على أي تسجيل.                                                          | Mike Pompeo
            بحسب مدير الدرك اللواء حسين العمري فإن الحادث لم يسفر عن إصابات.                          | حسين العمري
            وقال وزير الخارجية الإيطالي أنجيلينو ألفانو إن المحادثات مثمرة.                           | Angelino Alfano
            وقال الناطق باسم وزارة الصحة في غزة، خالد يوسف، لوكالة فرانس برس، الاثنين، إن شابا توفي. | خالد يوسف
            وقال مصدر أمني إن الانفجار وقع قرب السفارة.                                              | ''
            وأعلنت وزارة الداخلية أن الطريق أعيد فتحه.                                               | ''
            وجاء في البيان أن الاجتماع سيعقد الأحد.                                                  | ''
            وقالت مصادر دبلوماسية إن المحادثات تعثرت.                                                | ''
            """)
    void speakerIsAPersonNamedInTheSentence(String sentence, String speakers) {
        assertEquals(speakers, speakers(run(sentence)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال المتحدث خالد يوسف لوكالة رويترز إن الهدنة صامدة.                     | Reuters
            وقال ليبرمان لإذاعة إسرائيل إن الجيش سيرد.                                  | إسرائيل
            وذكر موقع "نيوز أطلس" أن الطائرة هبطت بسلام.                               | نيوز أطلس
            بحسب قناة (إن.بي.سي) فإن الرئيس سيزور المنطقة.                            | إن.بي.سي
            حسبما نقلت وكالة ريا نوفوستي عن مصدر في الوزارة.                           | RIA Novosti
            وأشار التلفزيون الرسمي السوري إلى سقوط قذائف على المدينة.                   | التلفزيون الرسمي السوري
            وقالت الشرطة إن التحقيق مستمر.                                             | ''
            وقالت وكالة الفضاء الأوروبية إن المسبار وصل.                              | ''
            وذكرت صحيفة إسرائيلية أن الجيش انسحب.                                   | ''
            بحسب صحيفة جديدة الأفق الليبية فإن اللقاء كان وديا.                      | جديدة الأفق
            ونقلت وكالة رويترز عن شهود أنهم رأوا دخانا.                             | Reuters
            """)
    void outletIsANamedOutlet(String sentence, String outlets) {
        assertEquals(outlets, sources(run(sentence), true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال مصدر أمني إن الانفجار وقع قرب السفارة.                  | مصدر أمني                 | ANONYMOUS
            وأعلنت وزارة الصحة في غزة مقتل شابين.                        | وزارة الصحة في غزة        | INSTITUTION
            وجاء في البيان أن الاجتماع سيعقد الأحد.                      | البيان                    | DOCUMENT
            وتفيد تقارير تركية بأن الشرطة وسعت تحرياتها.                 | تقارير تركية              | COLLECTIVE
            وأعلن وزير النقل الإيطالي أنه يخشى سقوط ضحايا.               | وزير النقل الإيطالي       | ANONYMOUS
            وتنفي السعودية أي علاقة لها بالحادث.                         | السعودية                  | INSTITUTION
            وفق ما أفادت الشرطة المحلية.                                 | الشرطة المحلية            | INSTITUTION
            وقالت نقابة الصحافيين الفلسطينيين إن مصورا أصيب.             | نقابة الصحافيين الفلسطينيين | INSTITUTION
            وقالت منظمة "أطباء العالم" الخيرية إن المستشفى أغلق.          | أطباء العالم              | INSTITUTION
            وقال مصدر في الإدارة الأمريكية المزاعم غير صحيحة.             | مصدر في الإدارة الأمريكية | ANONYMOUS
            وقالت وكالة الفضاء الأوروبية إن المسبار وصل.                  | وكالة الفضاء الأوروبية    | INSTITUTION
            وجاء في البيان "نحن ملتزمون بالاتفاق".                        | البيان                    | DOCUMENT
            وذلك وفقا لبيان صادر عن وزير الخارجية جان دوبون.              | بيان صادر عن وزير الخارجية جان دوبون | DOCUMENT
            وأوضح مسؤول في إدارة المطار أن الرحلات ألغيت.                 | مسؤول في إدارة المطار     | ANONYMOUS
            وقال باحثون درسوا الظاهرة إن الخطر كبير.                      | باحثون                    | COLLECTIVE
            وأعلنت منظمة الأغذية والزراعة للأمم المتحدة أن الأسعار انخفضت. | منظمة الأغذية والزراعة للأمم المتحدة | INSTITUTION
            وأعلنت كوريا الشمالية أنها أغلقت الموقع.                      | كوريا الشمالية            | INSTITUTION
            وأعلنت إمارة المنطقة أن الطريق فتح.                           | إمارة المنطقة             | INSTITUTION
            لكن تقارير سابقة تحدثت عن موعد آخر.                           | تقارير سابقة              | COLLECTIVE
            ويقول منتقدو الخطة إنها مكلفة.                                | منتقدو الخطة              | COLLECTIVE
            ولا يرى محللون فرصا كبيرة للتسوية.                            | محللون                    | COLLECTIVE
            وأوضح في رسالته، وفقا لبيان أصدرته البلدية، أن الطريق سيغلق.  | بيان أصدرته البلدية       | DOCUMENT
            وقال الوزير سامي ناصر لوسائل إعلام محلية إن الميناء مفتوح.    | وسائل إعلام محلية         | COLLECTIVE
            يذكر أن الشرطة أعلنت، في وقت سابق، أن السوق سيغلق.            | الشرطة                    | INSTITUTION
            بحسب ما أفادت به وزارة الزراعة المصرية.                       | وزارة الزراعة المصرية     | INSTITUTION
            وأعلنت القيادة العامة للشرطة والقوات المسلحة أن الوضع هادئ.    | القيادة العامة للشرطة والقوات المسلحة | INSTITUTION
            وقالت كتائب الأنصار في بيانها إن الهدنة انتهت.                 | كتائب الأنصار             | INSTITUTION
            وقال المعلمون في المدرسة إن الدروس ستستأنف.                   | المعلمون في المدرسة       | COLLECTIVE
            وطالب الموقعون على العريضة الحكومة بإصلاح الطريق.             | الموقعون على العريضة      | COLLECTIVE
            وقال الناجون من حادث انهيار المبنى إنهم فقدوا كل شيء.          | الناجون من حادث انهيار المبنى | COLLECTIVE
            وقالت الشرطة إن الحكومة تقول إن الطريق مفتوح.                 | الشرطة                    | INSTITUTION
            وقالت مصادر مقربة من البلدية إن السوق سيغلق.                  | مصادر مقربة من البلدية    | COLLECTIVE
            وقال شخص مطلع على الصفقة إن التوقيع تأجل.                     | شخص مطلع على الصفقة       | ANONYMOUS
            وقالت منظمات مدافعة عن المستهلكين إن الأسعار ارتفعت.           | منظمات مدافعة عن المستهلكين | COLLECTIVE
            وأكدت القوات الأمريكية في أفغانستان مقتل جنديين.               | القوات الأمريكية في أفغانستان | INSTITUTION
            (CNN)-- أكدت الشرطة أن الطريق أغلق.                            | الشرطة                    | INSTITUTION
            وقال الناجون إنهم فقدوا كل شيء.                                | الناجون                   | COLLECTIVE
            وقالت منظمة هيومن رايتس ووتش إن السجناء عذبوا.                 | منظمة هيومن رايتس ووتش    | INSTITUTION
            ونفذت الشرطة حملة اعتقالات، مؤكدة أن الأمن مستتب.              | الشرطة                    | INSTITUTION
            ويثير الخلاف جدلا بين لندن وهافانا التي تتهم الولايات المتحدة بعرقلة التحقيق. | هافانا        | INSTITUTION
            وقالت الرياض إن القرار نهائي.                                  | الرياض                    | INSTITUTION
            وأكدت الولايات المتحدة الأمريكية أن العقوبات باقية.             | الولايات المتحدة الأمريكية | INSTITUTION
            وقال الرئيس الأمريكي السابق إن الاتفاق جيد.                    | الرئيس الأمريكي السابق    | ANONYMOUS
            وأغلق المطار وفق ما أعلنت عنه المديرية العامة للطيران المدني.   | المديرية العامة للطيران المدني | INSTITUTION
            وأعلن مصدر طبي في مدينة الموصل وصول الجرحى.                    | مصدر طبي في مدينة الموصل  | ANONYMOUS
            وكان تنظيم الأنصار توعد باستهداف المراكز.                      | تنظيم الأنصار             | INSTITUTION
            وقال شاهد عيان إن الانفجار قوي.                                | شاهد عيان                 | ANONYMOUS
            وذكرت صحيفة إسرائيلية أن الجيش انسحب.                          | صحيفة إسرائيلية           | COLLECTIVE
            وبحسب صحيفة تابعة للحزب الحاكم فإن المعلم اعتقل.               | صحيفة تابعة للحزب الحاكم  | COLLECTIVE
            وقال موقع إخباري لحركة الأنصار إن المرأة اعترفت.               | موقع إخباري لحركة الأنصار | COLLECTIVE
            حيث طالب المتظاهرون الحكومة بالتراجع عن القرار.                | المتظاهرون                | COLLECTIVE
            ونقلت وكالة رويترز عن شهود أنهم رأوا دخانا.                    | شهود                      | COLLECTIVE
            وأكد مصرفيون تعرض المصارف لمداهمات.                            | مصرفيون                   | COLLECTIVE
            واستنادا إلى محللين، قد يفوز المرشح.                           | محللين                    | COLLECTIVE
            لكن خبراء قالوا إن التسجيل مزيف.                               | خبراء                     | COLLECTIVE
            والمحتجون يقولون إن الشرطة هاجمتهم.                            | المحتجون                  | COLLECTIVE
            وقالت والدته إن ابنها لم يعد.                                  | والدته                    | ANONYMOUS
            وأكد محامياها أن إقامتها كانت قانونية.                         | محامياها                  | ANONYMOUS
            بينما كان الادعاء طالب بحبسه سنتين.                            | الادعاء                   | INSTITUTION
            وأكد المؤتمر الأسقفي المحلي أن الأساقفة استقالوا.              | المؤتمر الأسقفي المحلي    | INSTITUTION
            وأعلنت أكاديمية العلوم الخميس، منح الجائزة.                    | أكاديمية العلوم           | INSTITUTION
            أعلنت #الأمم_المتحدة أنها تلقت شكاوى.                          | الأمم المتحدة             | INSTITUTION
            ووفق مرسوم صادر عن الرئيس التركي، تقرر رفع الرسوم.              | مرسوم صادر عن الرئيس التركي | DOCUMENT
            وطالب وزير الخارجية الإيراني الدول الأوروبية باتخاذ خطوات.      | وزير الخارجية الإيراني    | ANONYMOUS
            وقالت منظمة حقوق الطفل Save Kidsالناشطة في المدارس إن البرنامج خطير. | منظمة حقوق الطفل Save Kids | INSTITUTION
            """)
    void otherSourcesAreTypedMentions(String sentence, String source, Found.Mention mention) {
        List<Found.Source> mentions = run(sentence).citations().stream().map(Found.Citation::source).filter(s -> s.mention() != null)
                .toList();
        assertEquals(List.of(source), mentions.stream().map(Found.Source::name).toList());
        assertEquals(mention, mentions.get(0).mention());
    }

    /** Words that look like a source but are none: a singular noun in ون is no group ("القانون"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ويقول القانون إن الحكومة مسؤولة عن الأمن.                    | ''
            وقال القانون الجديد إن الأرض للدولة.                         | ''
            ولم يتطرق التقرير، الذي نشر الخميس الماضي، إلى عدد الضحايا.    | ''
            وقال المتحدث سامي ناصر إن القائمة تشمل برامج تابعة للأمم المتحدة. | ''
            وأضاف للصحفيين إن الخطة جاهزة.                                 | ''
            """)
    void noOtherSource(String sentence, String sources) {
        assertEquals(sources, sources(run(sentence), false));
    }

    /** A lone word after a verb is a name only when the article names that person in full ("ونفى بومبيو اطلاعه"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، إن الجيش سيرد. واعتبر وزير الدفاع الإسرائيلي أن الوضع خطير.  | Avigdor Lieberman
            وقال المتحدث باسم الوزارة أشرف القدرة إن شابا توفي. وكان القدرة أعلن وفاة شاب آخر.                        | Ashraf al-Qudra
            وقال وزير الخارجية الأمريكي جون بيرنز إن الأدلة غير كافية. ونفى بيرنز اطلاعه على أي تسجيل.               | جون بيرنز
            وقال الخبير طارق طرقان إن العمل صعب. وأضاف طارق: "نحن مستمرون".                                       | طارق طرقان
            وأفاد كمال حسون المتحدث باسم البلدية بأن الطريق مغلق. وبحسب المتحدث فإن الأشغال ستنتهي قريبا.            | كمال حسون
            وقال السفير الفرنسي في القاهرة جان دوبون إن التعاون متين. وأضاف السفير الفرنسي أن الزيارة مهمة.          | جان دوبون
            والتقى الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي جان دوبون أمس. وقال الرئيس الفرنسي إن اللقاء مثمر.   | جان دوبون
            وكتب وزير الزراعة المصري، سامي ناصر، أن المحصول وفير. وأكد وزير الزراعة أن الأسعار ستنخفض.             | سامي ناصر
            أكد وزير الخارجية الإيراني، جواد سامي، أن الدعم غير كاف. وطالب وزير الخارجية الإيراني الدول الأوروبية باتخاذ خطوات. | جواد سامي
            والتقى وزير الخارجية المصري سامي ناصر نظيره الأردني في عمان أمس. وقال إن العلاقات متينة.  | سامي ناصر
            وجلس بجوار الزعيم المعارض، سيد أحمد شاه. إذ أوضح شاه أن القاضي لم يكن الأوفر حظا.        | سيد أحمد شاه
            وجاء القرار على لسان رئيس الحكومة، شاهد تيمور بهادر، أمس.                                | شاهد تيمور بهادر
            وشكك السفير الروسي سامي ناصر في النتائج.                                                  | سامي ناصر
            وأقر المخرج الفرنسي جان دوبون بارتكاب الخطأ.                                              | جان دوبون
            وقد استقبل جون دي كوسيو المدير العام للوزارة، الوفد أمس، وشدد أمامهم على أن الاتهامات باطلة. | جون دي كوسيو
            وعاد الوفد إلى عمان أمس. وقال إن العلاقات متينة.                                          | ''
            وقال الوزير سامي ناصر إن الوضع هادئ. وقالوا إن الطريق مفتوح.                               | سامي ناصر
            وقال محاميه جون سميث إن موكله بريء.                                                       | جون سميث
            نصح النجم الفرنسي، سامي ناصر، زميله السابق في النادي، اللاعب كريم حداد، بالانتقال.          | سامي ناصر
            """)
    void aRoleOrSurnameRefersToThePersonNamedBefore(String text, String speaker) {
        assertEquals(speaker, speakers(run(text)));
    }

    /** Grammar that finds the speaker: subject order, relayed and coordinated speakers, and what ends a name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ذكرت صحيفة محلية أن خورخي ألفيس، وكيل أعمال اللاعب، أكد انتقاله إلى النادي.            | خورخي ألفيس
            ونقلت الوكالة عن المتحدث باسم الجيش العقيد سامر حداد قوله إن الوضع هادئ.              | سامر حداد
            ودعا الاتحاد الأوروبي والأمين العام للأمم المتحدة أنطونيو غوتيريش إلى ضبط النفس.      | António Guterres
            وكانت سلمى قالت في جلسة سابقة إنها بريئة.                                              | سلمى
            وأكد ميسي أنه سعيد بالفوز.                                                             | Lionel Messi
            وأكد نافاس أنه سعيد بالفوز.                                                            | نافاس
            وقال كونتي الاثنين إن الفريق لعب جيدا.                                                 | كونتي
            وقالت الجمعية إن سيارتين صودرتا إضافة إلى معدات.                                      | ''
            وأعلن الناطق باسم المغني تأكيد النبأ.                                                  | ''
            وأكد وصول اللاعب إلى المدينة.                                                          | ''
            ودعا وزير الخارجية الأمريكي مايك بومبيو حلفاء بلاده إلى الوحدة.                        | Mike Pompeo
            وقال مدرب الفريق هاني رمزي: "يقول اللاعبون إنهم جاهزون".                              | هاني رمزي
            وقال المتحدث باسم الرئاسة، إبراهيم كالين، إن الزيارة ناجحة.                           | İbrahim Kalın
            وكان نائب رئيس شرطة دبي، ضاحي خلفان، قد قال إن الأزمة مفتعلة.                         | Dhahi Khalfan
            ونقلت عن الميجر جنرال يوري بتروف قوله إن القوات انسحبت.                               | يوري بتروف
            وأعلن الكاتب الروسي بوريس أكونين فائزا بالجائزة في العام الماضي.                       | بوريس أكونين
            وقال سامر حداد خلال برنامج "صباح الخير" إنه سيعتزل.                                   | سامر حداد
            وقال ترامب إن الاتفاق سيئ.                                                             | Donald Trump
            قالت سفيرة الولايات المتحدة نيكي هايلي إن بلادها ستستخدم الفيتو.                       | Nikki Haley
            وقال ساويرس: "الناس يشترون الذهب في الأزمات".                                          | ساويرس
            وقال سايمون ويزمان الباحث في معهد ستوكهولم، إن الخطة تبقى أولوية.                      | سايمون ويزمان
            وقال المبعوث الروسي إلى سوريا ألكسندر لافرنتييف إن الحل سياسي.                         | ألكسندر لافرنتييف
            وقال العواد في بيان "نحن جميعا سعداء".                                                 | Awwad Alawwad
            وتابعت زينات قائلة "نحن مستمرون".                                                      | زينات
            وقال سامر خليل مدير مستشفى المدينة لوكالة رويترز إن الجرحى كثيرون.                    | سامر خليل
            وقال جون سميث وزير الداخلية إن الأمن مستتب.                                            | جون سميث
            وقال الموظف حسن علي لفرانس برس إنه ينتظر منذ الصباح.                                  | حسن علي
            وقال الموظف سامي ناصر لبي بي سي إن المستشفى ممتلئ.                                    | سامي ناصر
            وقال نادر سليم لبي بي سي إن المستشفى ممتلئ.                                           | نادر سليم
            وقال المتحدث لبي بي سي إن الطريق مغلق.                                                | ''
            وأكد الوزير سامي ناصر على أن الاتفاق قائم.                                             | سامي ناصر
            وقال رئيس الحكومة، بن علي حمدان، الخميس، إن الموازنة أقرت.                            | بن علي حمدان
            أكد رئيس المجلس البلدي فهد آل الشيخ أن المشروع اكتمل.                                  | فهد آل الشيخ
            قال الناشط كريم أبو سنينة إن المسيرة سلمية.                                            | كريم أبو سنينة
            وكان رئيس المكتب السياسي لحزب تقدم نادر عيسى قد أكد أن الحوار مستمر.                  | نادر عيسى
            وبحسب ما أعلنه المدير العام للشركة رامي حداد فإن الأرباح تضاعفت.                       | رامي حداد
            وقالت المسؤولة عن الصحة العامة في المدينة سارة لامبير إن الوفيات ارتفعت.               | سارة لامبير
            وقال المندوب الفرنسي بالأمم المتحدة جان دوبون إن القرار متوازن.                         | جان دوبون
            وكتب رئيس الوزراء جان دوبون على تويتر أن الحكومة متضامنة.                               | جان دوبون
            وأظهرت الصور أنه كان يرتدي سترة كتب عليها "صحافة".                                     | ''
            وقالت أنيتا ماريا روسا إنها ستعود.                                                      | أنيتا ماريا روسا
            ونفى مزاعم عن صفقة سرية.                                                               | ''
            ورأى بعضهم أن الخطوة متأخرة.                                                           | ''
            أشار مشككون إلى أن الموقع يمكن إعادة بنائه.                                             | ''
            لكن الوزير الإيطالي ماركو روسي هدد بالانسحاب من المحادثات.                               | ماركو روسي
            ويقول مؤيدو الاتفاق إنه يحمي المنطقة.                                                  | ''
            وقال فريق الأنصار إن اللاعبين جاهزون.                                                   | ''
            وقال رئيس اتحاد الكتاب علي الشمري إن المعرض سيفتتح.                                     | علي الشمري
            وقال الوزير على الفور إن الأمر انتهى.                                                    | ''
            وقال الرئيس الكوري الجنوبي مون جاي إن إن المحادثات مثمرة.                               | Moon Jae-in
            وزار الوزير سامي ناصر المستشفى، مؤكدا أن الوضع تحت السيطرة.                               | سامي ناصر
            وأعلن قائد الشرطة سامي ناصر إغلاق الطريق، مضيفا أن التحقيق مستمر.                         | سامي ناصر
            ووصل عدد القتلى إلى ثلاثين، مشيرا إلى أن الوضع خطير.                                     | ''
            مشيرا إلى أن الوضع خطير.                                                                 | ''
            أكد مبعوث الرئيس سامي ناصر، المستشار في الديوان الملكي كريم حداد، أن الزيارة ناجحة.        | كريم حداد
            وقال الناشط خالد محسود إن الحركة قوية. وقد رفض محسود الاعتراف بزعامة خصمه.               | خالد محسود
            وقال قائد اللواء الثاني مشاة العميد سامر حداد، إن القوات تقدمت.                           | سامر حداد
            قال فريد سامي، المحلل السياسي، إن العراق تقدم.                                            | فريد سامي
            وفي وقت سابق قال جون دي ليون المتحدث باسم الإدارة إن ستة أشخاص قتلوا.                    | جون دي ليون
            وجاء الإعلان على لسان رئيس الوزراء، سامي خاقان عباسي وفي فترة صعبة. وقال عباسي للصحفيين: "لا تراجع". | سامي خاقان عباسي
            """)
    void speakerGrammar(String sentence, String speakers) {
        assertEquals(speakers, speakers(run(sentence)));
    }

    /**
     * People the registry does not know, named by a given name (ar/given-names.txt, ar/foreign-given-names.txt): after a
     * speech verb, after a profession (which alone is a plain noun), after a role that runs on into the name, after a
     * source cue; and a registry name after a title whose first word is also a function word.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال رامي حداد إن الاتفاق صامد.                                                           | رامي حداد
            وقال الصحافي كريس والاس الذي أجرى المقابلة إن الهدية رمزية.                               | كريس والاس
            وقال الطبيب إن حالة الصحافي المصاب مستقرة.                                                | ''
            وأكد الصحافي القتيل قبل أيام أنه تلقى تهديدات.                                            | ''
            وصرح محامي الدفاع سامي حداد لوكالة فرانس برس بأن الحكم ظالم.                               | سامي حداد
            وقال شرطي المرور حسن يوسف عقب الإدلاء بصوته "نريد التغيير".                                | حسن يوسف
            وقال حارس نادي ريال مدريد كارلوس نافاس إنه باق في الفريق.                                  | كارلوس نافاس
            وقال رئيس النادي، القطري ناصر حداد، إن الفريق جاهز.                                       | ناصر حداد
            وأشار المتحدث باسم بعثة الأمم المتحدة (يونامي) في العراق جون سميث إلى أن الوضع هادئ.      | جون سميث
            غادرت يوليا سميث المستشفى أمس. وجاء في بيان على لسان يوليا أن صحتها تتحسن.                 | يوليا سميث
            وقال محمد إن الطريق مغلق.                                                                 | ''
            ضرب قائد الفريق، مارك نوبل، أحد المشجعين. وقال نوبل عما جرى "نحن نتفهم غضبهم".            | مارك نوبل
            فقد أقر المرشد الأعلى الإيراني علي خامنئي في خطاب أن البلاد تواجه فترة حساسة.            | Ali Khamenei
            وقالت دوناتا كيرمو، كبيرة الباحثين في المعهد، إن النتائج مشجعة.                          | دوناتا كيرمو
            وقال نائل زعتر أستاذ العلوم السياسية في الجامعة إن التحالف هش.                            | نائل زعتر
            وقال كبير الباحثين ناجي سمعان للموقع: "لم نتوقع هذا".                                     | ناجي سمعان
            وقال الصحفي الإسباني، إدواردو إيرولا، ضمن برنامج تلفزيوني إن اللاعب سيرحل.               | إدواردو إيرولا
            وقال مالك النادي هيروتو ساكاي: "يسعدنا التعاقد معه".                                      | هيروتو ساكاي
            وقال ري يونغ سو في خطابه أمام الجمعية العامة إن العقوبات ظالمة.                            | ري يونغ سو
            وأكد الاتفاق، الذي وقع في الرياض، أن الهدنة مستمرة.                                        | ''
            """)
    void givenNamesMakeAPerson(String sentence, String speakers) {
        assertEquals(speakers, speakers(run(sentence)));
    }

    /** The outlet a person spoke to: "في مقابلة مع قناة ..."، "خلال برنامج "..."". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال الوزير سامي ناصر في مقابلة مع قناة الجزيرة إن المحادثات مستمرة.      | Al Jazeera
            وقالت وزيرة الثقافة ليلى حداد خلال برنامج "صباح الخير" إنها ستستقيل.   | صباح الخير
            وكانت صحيفة "ماركا" الإسبانية ذكرت أن اللاعب وصل.                        | Marca
            وانتقد الوزير قناة أي بي سي التي نقلت عن مسؤول، لم تكشف هويته، قوله إن الاتفاق انهار. | أي بي سي
            وقال سعيد ناصر لفرانس برس إن المحصول تضرر.                                | Agence France-Presse
            وقال نادر سليم لبي بي سي إن المستشفى ممتلئ.                               | BBC
            وقال عميد الكلية، نادر سليم، لمحطة "راديو المدينة" إن الدروس ستستأنف.      | راديو المدينة
            وقال سامر خليل مدير مستشفى المدينة لوكالة رويترز إن الجرحى كثيرون.          | Reuters
            وذكرت وكالة رويترز وقناة "الأفق" أن الحدود أغلقت.                       | 'Reuters|الأفق'
            وقال الوزير سامي ناصر في مقابلة مع برنامج "حديث الساعة" الذي تبثه قناة "الأفق" إن المحادثات مستمرة. | 'حديث الساعة|الأفق'
            وكانت صحيفة "الأفق"، ذكرت أن اللاعب وصل.                                  | الأفق
            وذكرت "وول ستريت جورنال" أن المحادثات تعثرت.                              | The Wall Street Journal
            القاهرة (CNN) -- أعلنت الشرطة أن الطريق أغلق.                              | ''
            (CNN)-- أكدت الشرطة أن الطريق أغلق.                                        | ''
            وقال سامي ناصر، أحد عناصر قوات الأمن الخاصة لوكالة الأنباء الفرنسية إنه صوت للمرشح. | Agence France-Presse
            وأضاف سامي ناصر، في مقابلة تلفزيونية مع قناة روسيا اليوم، أن الحرب أسوأ خيار.        | RT Arabic
            """)
    void outletSpokenTo(String sentence, String outlets) {
        assertEquals(outlets, sources(run(sentence), true));
    }

    /** English patterns: who speaks, which outlet or other source is cited, and where what is said starts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Foreign Minister Sergei Lavrov told Reuters that talks would continue.            | Sergey Lavrov | Reuters                              | talks would continue
            John Smith, a spokesman for the company, told the BBC that no one was hurt.       | John Smith    | BBC                                  | no one was hurt
            A spokesman for the Turkish presidency said the visit was a success.             | ''            | spokesman for the Turkish presidency | the visit was a success
            The ministry said in a statement that the road was reopened.                     | ''            | ministry                             | the road was reopened
            Police said three people were arrested.                                          | ''            | Police                               | three people were arrested
            According to Hamza Yusuf, the army withdrew overnight.                           | Hamza Yusuf   | ''                                   | the army withdrew overnight
            The army withdrew overnight, according to Hamza Yusuf.                           | Hamza Yusuf   | ''                                   | The army withdrew overnight
            In Moscow, Lavrov said that the talks would continue.                            | Sergey Lavrov | ''                                   | the talks would continue
            The talks will continue, Peskov said on Thursday.                                | Dmitry Peskov | ''                                   | The talks will continue
            """)
    void englishAttribution(String sentence, String speaker, String source, String claim) {
        Extractor.Result result = run(sentence);
        assertEquals(speaker, speakers(result));
        assertEquals(source, String.join("|", result.citations().stream().map(c -> c.source().name()).distinct().toList()));
        assertEquals(claim, result.claims().get(0).text());
    }

    @Test
    void aPersonsNameWinsOverATitleTheRegistryWronglyHolds() {
        // a registry polluted by the old rules: a title stored as a speaker
        Registry.Entry title = new Registry.Entry(1, "وزير الخارجية", "speaker");
        Registry.Entry alfano = new Registry.Entry(2, "Angelino Alfano", "speaker");
        Registry registry = new Registry(Map.of(), Map.of("وزير الخارجيه", title, "انجيلينو الفانو", alfano, "الفانو", alfano), Map.of());
        Extractor.Result result = Extractor.run("وقال وزير الخارجية الإيطالي أنجيلينو ألفانو إن المحادثات مثمرة. وأكد وزير الخارجية أن الحل سياسي.",
                LocalDate.of(2017, 2, 16), registry);
        // the bare title is the one person the article names with a longer form of it (the title and an adjective), never
        // the registry's "speaker"
        assertEquals(List.of("Angelino Alfano", "Angelino Alfano"), result.claims().stream().map(Found.Claim::speaker).filter(Objects::nonNull)
                .map(Found.Speaker::name).toList());
        assertEquals("وزير الخارجية الإيطالي", result.claims().get(0).speaker().role());
    }
}
