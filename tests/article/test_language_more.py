"""Language detection names the languages readers of Central Asian and world news meet, not only
the four Dragoman analyses, and says so when it cannot tell: each text below is a four-line news
paragraph written for this test (two stories per language: a tram or bus line opened, a harvest
report), in the spelling the outlets of that language use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from article_fixtures import REPO
from test_language_quick import OTHERS

from dragoman.article import language
from dragoman.article.langdata import alphabets, script_of
from dragoman.article.language import detect_language

# (code, name, id, text): Uzbek in Latin with the turned comma (gazeta.uz), with a typed
# apostrophe or a quote mark for it, and in Cyrillic; Kyrgyz with and without ң; Uyghur, which
# was taken for Arabic (and analysed as Arabic), and Pashto, taken for Persian.
NAMED = [
    ('uz', 'Uzbek', 'uz-tram',
        'Oʻzbekiston Respublikasi Prezidenti dushanba kuni Toshkentda yangi metro bekatlarini ochdi.\n'
        'Qurilish ishlari uch yil davom etdi va qariyb ikki trillion soʻm sarflandi.\n'
        'Birinchi yoʻlovchilar poyezdlar avvalgidan tezroq va tinchroq yurishini aytishdi.\n'
        'Shahar hokimligi kelgusi yilda yana toʻrtta bekat qurilishini vaʼda qildi.\n'),
    ('uz', 'Uzbek', 'uz-apostrophe-tram',
        "O'zbekiston Respublikasi Prezidenti dushanba kuni Toshkentda yangi metro bekatlarini ochdi.\n"
        "Qurilish ishlari uch yil davom etdi va qariyb ikki trillion so'm sarflandi.\n"
        "Birinchi yo'lovchilar poyezdlar avvalgidan tezroq va tinchroq yurishini aytishdi.\n"
        "Shahar hokimligi kelgusi yilda yana to'rtta bekat qurilishini va'da qildi.\n"),
    ('uz', 'Uzbek', 'uz-cyrillic-tram',
        'Ўзбекистон Республикаси Президенти душанба куни Тошкентда янги метро бекатларини очди.\n'
        'Қурилиш ишлари уч йил давом этди ва қарийб икки триллион сўм сарфланди.\n'
        'Биринчи йўловчилар поездлар аввалгидан тезроқ ва тинчроқ юришини айтишди.\n'
        'Шаҳар ҳокимлиги келгуси йилда яна тўртта бекат қурилишини ваъда қилди.\n'),
    ('tk', 'Turkmen', 'tk-tram',
        'Türkmenistanyň Prezidenti duşenbe güni Aşgabatda täze awtobus ýoluny açdy.\n'
        'Gurluşyk işleri iki ýyl dowam etdi we oňa ýüz million manatdan gowrak serişde harçlandy.\n'
        'Ilkinji ýolagçylar täze awtobuslaryň has arassa we ýuwaş işleýändigini aýtdylar.\n'
        'Şäher häkimligi indiki ýylda ýene üç ugry açmagy meýilleşdirýär.\n'),
    ('az', 'Azerbaijani', 'az-tram',
        'Azərbaycan Respublikasının Prezidenti bazar ertəsi Bakıda yeni metro stansiyasını açıb.\n'
        'Tikinti işləri üç il davam edib və təxminən iki yüz milyon manat vəsait xərclənib.\n'
        'İlk sərnişinlər yeni qatarların daha sürətli və sakit işlədiyini bildiriblər.\n'
        'Şəhər icra hakimiyyəti gələn il daha iki stansiyanın istifadəyə veriləcəyini vəd edib.\n'),
    ('tr', 'Turkish', 'tr-tram',
        "Ulaştırma Bakanı pazartesi günü İzmir'de yeni bir tramvay hattının açılışını yaptı.\n"
        'İnşaat çalışmaları üç yıl sürdü ve yaklaşık iki milyar liraya mal oldu.\n'
        'İlk yolcular yeni vagonların otobüslerden çok daha sessiz olduğunu söyledi.\n'
        'Belediye, yoğun saatlerde seferlerin beş dakikada bir yapılacağını açıkladı.\n'),
    ('nl', 'Dutch', 'nl-tram',
        'De minister van Infrastructuur heeft maandag in Utrecht een nieuwe tramlijn geopend.\n'
        'De werkzaamheden duurden drie jaar en kostten bijna tweehonderd miljoen euro.\n'
        'De eerste reizigers prezen de stille trams en de ruime zitplaatsen.\n'
        'De gemeente belooft in de spits elke vijf minuten een tram te laten rijden.\n'),
    ('id', 'Indonesian', 'id-tram',
        'Menteri Perhubungan meresmikan jalur kereta ringan baru di Jakarta pada hari Senin.\n'
        'Pembangunan jalur itu berlangsung selama tiga tahun dan menelan biaya hampir dua triliun rupiah.\n'
        'Para penumpang pertama memuji gerbong yang bersih dan tidak bising.\n'
        'Pemerintah provinsi berjanji kereta akan datang setiap lima menit pada jam sibuk.\n'),
    ('ms', 'Malay', 'ms-tram',
        'Menteri Pengangkutan merasmikan laluan transit aliran ringan yang baharu di Kuala Lumpur pada hari Isnin.\n'
        'Kerja-kerja pembinaan mengambil masa tiga tahun dan menelan belanja hampir dua bilion ringgit.\n'
        'Penumpang pertama memuji gerabak yang bersih dan tidak bising.\n'
        'Kerajaan negeri berjanji tren akan tiba setiap lima minit pada waktu puncak.\n'),
    ('sv', 'Swedish', 'sv-tram',
        'Infrastrukturministern invigde på måndagen en ny spårvägslinje i Göteborg.\n'
        'Bygget tog tre år och kostade nästan två miljarder kronor.\n'
        'De första resenärerna berömde de tysta vagnarna och de breda dörrarna.\n'
        'Kommunen lovar att spårvagnarna ska gå var femte minut under rusningstid.\n'),
    ('cs', 'Czech', 'cs-tram',
        'Ministr dopravy v pondělí slavnostně otevřel novou tramvajovou trať v Brně.\n'
        'Stavba trvala tři roky a stála téměř dvě miliardy korun.\n'
        'První cestující chválili tiché vozy a pohodlná sedadla.\n'
        'Radnice slibuje, že ve špičce budou tramvaje jezdit každých pět minut.\n'),
    ('ro', 'Romanian', 'ro-tram',
        'Ministrul Transporturilor a inaugurat luni o nouă linie de tramvai în Cluj-Napoca.\n'
        'Lucrările au durat trei ani și au costat aproape două sute de milioane de euro.\n'
        'Primii călători au lăudat vagoanele silențioase și scaunele confortabile.\n'
        'Primăria promite că în orele de vârf tramvaiele vor circula la fiecare cinci minute.\n'),
    ('hu', 'Hungarian', 'hu-tram',
        'A közlekedési miniszter hétfőn új villamosvonalat adott át Debrecenben.\n'
        'Az építkezés három évig tartott, és csaknem hatvanmilliárd forintba került.\n'
        'Az első utasok dicsérték a csendes kocsikat és a kényelmes üléseket.\n'
        'A városvezetés azt ígéri, hogy csúcsidőben ötpercenként jár majd villamos.\n'),
    ('ky', 'Kyrgyz', 'ky-tram',
        'Кыргызстандын транспорт министри дүйшөмбү күнү Бишкекте жаңы троллейбус каттамын ачты.\n'
        'Курулуш иштери үч жылга созулуп, ага жүз миллион сомго жакын каражат коротулду.\n'
        'Алгачкы жүргүнчүлөр жаңы унаалардын тынч жана таза экенин айтышты.\n'
        'Шаардын мэриясы келерки жылы дагы эки каттам ачылат деп убада берди.\n'),
    ('ky', 'Kyrgyz', 'ky-without-ng-tram',
        'Өкмөт башчысы шейшемби күнү Ош шаарында жаш фермерлер менен жолугушту.\n'
        'Жолугушууда суу түтүктөрүн калыбына келтирүү жана жер үлүштөрүн бөлүштүрүү маселелери талкууланды.\n'
        'Фермерлер быйыл түшүм мурунку жылга караганда көбүрөөк болорун айтышты.\n'
        'Өкмөт жазга чейин жаш дыйкандарга арзан насыя берүүнү убада кылды.\n'),
    ('tg', 'Tajik', 'tg-tram',
        'Вазири нақлиёт рӯзи душанбе дар Душанбе хатти нави троллейбусро ифтитоҳ кард.\n'
        'Корҳои сохтмонӣ се сол идома ёфтанд ва тақрибан дусад миллион сомонӣ харҷ шуд.\n'
        'Мусофирони аввал гуфтанд, ки мошинҳои нав хеле ором ва тозаанд.\n'
        'Мақомоти шаҳр ваъда дод, ки соли оянда боз ду хатти дигар кушода мешавад.\n'),
    ('mn', 'Mongolian', 'mn-tram',
        'Тээврийн сайд даваа гарагт Улаанбаатар хотод шинэ троллейбусны чиглэл нээлээ.\n'
        'Барилгын ажил гурван жил үргэлжилж, бараг хоёр зуун тэрбум төгрөг зарцуулжээ.\n'
        'Анхны зорчигчид шинэ тэрэгнүүд чимээгүй, цэвэрхэн байгааг онцолсон байна.\n'
        'Хотын захиргаа ирэх жил дахин хоёр чиглэл нээнэ гэж амлав.\n'),
    ('zh', 'Chinese', 'zh-tram',
        '交通部长星期一在成都为一条新的有轨电车线路揭幕。\n'
        '工程历时三年，耗资近二十亿元人民币。\n'
        '首批乘客称赞新车厢安静、座位宽敞。\n'
        '市政府承诺高峰时段每五分钟发一班车。\n'),
    ('fa', 'Persian', 'fa-tram',
        'وزیر راه و شهرسازی روز دوشنبه خط تازه قطار شهری را در اصفهان افتتاح کرد.\n'
        'ساخت این خط سه سال طول کشید و نزدیک به دو هزار میلیارد تومان هزینه داشت.\n'
        'نخستین مسافران از آرامی و پاکیزگی واگن\u200cهای تازه تعریف کردند.\n'
        'شهرداری وعده داده است که در ساعت\u200cهای شلوغ هر پنج دقیقه یک قطار حرکت کند.\n'),
    ('uz', 'Uzbek', 'uz-harvest',
        'Qishloq xoʻjaligi vazirligi bu yil gʻalla hosili oʻtgan yilgidan koʻproq boʻlishini maʼlum qildi.\n'
        'Janubiy viloyatlarda yozgi qurgʻoqchilik tufayli paxta maydonlarining bir qismi zarar koʻrdi.\n'
        'Hukumat fermerlarga suv tejovchi texnologiyalar uchun imtiyozli kreditlar ajratmoqda.\n'
        'Mutaxassislarning fikricha, eksport hajmi kelgusi mavsumda ham oʻsishda davom etadi.\n'),
    ('uz', 'Uzbek', 'uz-quote-mark-harvest',
        'Qishloq xo‘jaligi vazirligi bu yil g‘alla hosili o‘tgan yilgidan ko‘proq bo‘lishini ma’lum qildi.\n'
        'Janubiy viloyatlarda yozgi qurg‘oqchilik tufayli paxta maydonlarining bir qismi zarar ko‘rdi.\n'
        'Hukumat fermerlarga suv tejovchi texnologiyalar uchun imtiyozli kreditlar ajratmoqda.\n'
        'Mutaxassislarning fikricha, eksport hajmi kelgusi mavsumda ham o‘sishda davom etadi.\n'),
    ('uz', 'Uzbek', 'uz-cyrillic-harvest',
        'Қишлоқ хўжалиги вазирлиги бу йил ғалла ҳосили ўтган йилгидан кўпроқ бўлишини маълум қилди.\n'
        'Жанубий вилоятларда ёзги қурғоқчилик туфайли пахта майдонларининг бир қисми зарар кўрди.\n'
        'Ҳукумат фермерларга сув тежовчи технологиялар учун имтиёзли кредитлар ажратмоқда.\n'
        'Мутахассисларнинг фикрича, экспорт ҳажми келгуси мавсумда ҳам ўсишда давом этади.\n'),
    ('tk', 'Turkmen', 'tk-harvest',
        'Oba hojalyk ministrligi şu ýyl bugdaý hasylynyň geçen ýyldakydan köp boljakdygyny habar berdi.\n'
        'Günorta welaýatlarda tomusky guraklyk sebäpli pagta meýdanlarynyň bir bölegi zyýan çekdi.\n'
        'Hökümet daýhanlara suwy tygşytlaýan tehnologiýalar üçin ýeňillikli karz berýär.\n'
        'Hünärmenleriň pikiriçe, indiki möwsümde eksportyň möçberi has-da artar.\n'),
    ('az', 'Azerbaijani', 'az-harvest',
        'Kənd Təsərrüfatı Nazirliyi bu il taxıl məhsulunun keçən ilkindən çox olacağını açıqlayıb.\n'
        'Cənub rayonlarında yay quraqlığı səbəbindən pambıq sahələrinin bir hissəsi zərər görüb.\n'
        'Hökumət fermerlərə su qənaət edən texnologiyalar üçün güzəştli kreditlər ayırır.\n'
        'Mütəxəssislərin fikrincə, gələn mövsümdə ixracın həcmi daha da artacaq.\n'),
    ('tr', 'Turkish', 'tr-harvest',
        'Tarım Bakanlığı bu yıl buğday rekoltesinin geçen yıldan daha yüksek olacağını duyurdu.\n'
        'Güney illerinde yaz kuraklığı nedeniyle pamuk tarlalarının bir kısmı zarar gördü.\n'
        'Hükümet, çiftçilere su tasarrufu sağlayan teknolojiler için düşük faizli kredi veriyor.\n'
        'Uzmanlara göre ihracat hacmi önümüzdeki sezonda da artmaya devam edecek.\n'),
    ('nl', 'Dutch', 'nl-harvest',
        'Het ministerie van Landbouw verwacht dit jaar een grotere graanoogst dan vorig jaar.\n'
        'In het zuiden heeft de droogte van deze zomer een deel van de akkers beschadigd.\n'
        'De regering geeft boeren goedkope leningen voor zuinige irrigatie.\n'
        'Volgens deskundigen zal de export volgend seizoen opnieuw groeien.\n'),
    ('ms', 'Malay', 'ms-harvest',
        'Kementerian Pertanian menjangkakan hasil tuaian padi tahun ini lebih tinggi berbanding tahun lepas.\n'
        'Kemarau yang berpanjangan di negeri-negeri utara telah memusnahkan sebahagian sawah.\n'
        'Kerajaan menyalurkan pinjaman mudah kepada pesawah bagi membeli pam air yang jimat tenaga.\n'
        'Menurut pakar, eksport beras dijangka terus meningkat pada musim hadapan.\n'),
    ('sv', 'Swedish', 'sv-harvest',
        'Jordbruksverket räknar med att årets spannmålsskörd blir större än fjolårets.\n'
        'I södra Sverige skadade sommarens torka en del av åkrarna.\n'
        'Regeringen ger bönderna billiga lån till bevattning som sparar vatten.\n'
        'Enligt experter kommer exporten att fortsätta öka nästa säsong.\n'),
    ('cs', 'Czech', 'cs-harvest',
        'Ministerstvo zemědělství očekává, že letošní sklizeň obilí bude větší než loni.\n'
        'Na jižní Moravě letní sucho poškodilo část polí.\n'
        'Vláda nabízí zemědělcům levné úvěry na úsporné zavlažování.\n'
        'Podle odborníků bude vývoz v příští sezoně dále růst.\n'),
    ('ro', 'Romanian', 'ro-harvest',
        'Ministerul Agriculturii estimează că recolta de grâu din acest an va fi mai mare decât anul trecut.\n'
        'În sudul țării, seceta din vară a afectat o parte din culturi.\n'
        'Guvernul acordă fermierilor credite ieftine pentru sisteme de irigații care economisesc apa.\n'
        'Potrivit specialiștilor, exporturile vor continua să crească în sezonul următor.\n'),
    ('hu', 'Hungarian', 'hu-harvest',
        'Az agrárminisztérium szerint az idei gabonatermés nagyobb lesz a tavalyinál.\n'
        'Az ország déli részén a nyári aszály a szántóföldek egy részét is károsította.\n'
        'A kormány kedvezményes hitelt ad a gazdáknak víztakarékos öntözőrendszerekre.\n'
        'A szakértők szerint a kivitel a következő szezonban is tovább nő.\n'),
    ('ky', 'Kyrgyz', 'ky-harvest',
        'Айыл чарба министрлиги быйыл буудай түшүмү былтыркыдан көп болорун билдирди.\n'
        'Түштүк облустарда жайкы кургакчылыктан улам пахта талааларынын бир бөлүгү зыян тартты.\n'
        'Өкмөт дыйкандарга сууну үнөмдөөчү технологиялар үчүн жеңилдетилген насыя берип жатат.\n'
        'Адистердин пикиринде, кийинки мезгилде экспорттун көлөмү дагы өсөт.\n'),
    ('ky', 'Kyrgyz', 'ky-without-ng-harvest',
        'Бишкек шаарынын мэриясы кышкы жылуулук мезгилине даярдык жүрүп жатканын кабарлады.\n'
        'Быйыл шаардагы эски жылуулук түтүктөрүнүн жүз чакырымдан ашыгы алмаштырылат.\n'
        'Адистер айрым үйлөрдө радиаторлорду жуу иштери да аякташы керек экенин белгилешти.\n'
        'Мэрия тургундарды ысык суу өчүрүлө турган күндөр тууралуу алдын ала эскертүүгө убада кылды.\n'),
    ('tg', 'Tajik', 'tg-harvest',
        'Вазорати кишоварзӣ хабар дод, ки ҳосили гандум имсол аз соли гузашта зиёдтар мешавад.\n'
        'Дар ноҳияҳои ҷануб хушксолии тобистон ба қисме аз киштзорҳо зарар расонд.\n'
        'Ҳукумат ба деҳқонон барои технологияҳои сарфакунандаи об қарзҳои имтиёзнок медиҳад.\n'
        'Ба гуфтаи коршиносон, ҳаҷми содирот дар мавсими оянда боз ҳам афзоиш меёбад.\n'),
    ('mn', 'Mongolian', 'mn-harvest',
        'Хөдөө аж ахуйн яам энэ жил улаан буудайн ургац өнгөрсөн жилийнхээс их байна гэж мэдэгдлээ.\n'
        'Өмнөд аймгуудад зуны ган гачигийн улмаас тариалангийн талбайн нэг хэсэг хохирол амсжээ.\n'
        'Засгийн газар тариаланчдад ус хэмнэх технологи нэвтрүүлэхэд хөнгөлөлттэй зээл олгож байна.\n'
        'Мэргэжилтнүүдийн үзэж байгаагаар ирэх улиралд экспортын хэмжээ цаашид өснө.\n'),
    ('zh', 'Chinese', 'zh-harvest',
        '农业部表示，今年小麦产量预计将超过去年。\n'
        '南部省份夏季干旱，部分农田受到损害。\n'
        '政府向农民提供低息贷款，用于购买节水灌溉设备。\n'
        '专家认为，下一季度的出口量还将继续增长。\n'),
    ('fa', 'Persian', 'fa-harvest',
        'وزارت جهاد کشاورزی اعلام کرد که برداشت گندم امسال بیشتر از سال گذشته خواهد بود.\n'
        'خشکسالی تابستان در استان\u200cهای جنوبی به بخشی از مزارع آسیب زد.\n'
        'دولت برای خرید تجهیزات آبیاری کم\u200cمصرف به کشاورزان وام کم\u200cبهره می\u200cدهد.\n'
        'به گفته کارشناسان، حجم صادرات در فصل آینده همچنان افزایش می\u200cیابد.\n'),
    ('ug', 'Uyghur', 'ug-tram',
        'ترانسپورت مىنىستىرى دۈشەنبە كۈنى ئۈرۈمچىدە يېڭى ترامۋاي لىنىيەسىنى ئاچتى.\n'
        'قۇرۇلۇش ئىشلىرى ئۈچ يىل داۋاملاشتى ۋە ئىككى يۈز مىليون يۈەنگە يېقىن مەبلەغ سەرپ قىلىندى.\n'
        'تۇنجى يولۇچىلار يېڭى ۋاگونلارنىڭ جىمجىت ئىكەنلىكىنى ئېيتتى.\n'
        'شەھەر ھۆكۈمىتى ئالدىراش ۋاقىتلاردا ھەر بەش مىنۇتتا بىر قاتناش بولىدىغانلىقىنى ۋەدە قىلدى.\n'),
    ('ug', 'Uyghur', 'ug-harvest',
        'يېزا ئىگىلىك مىنىستىرلىكى بۇ يىل بۇغداي ھوسۇلىنىڭ ئۆتكەن يىلدىكىدىن كۆپ بولىدىغانلىقىنى ئېلان قىلدى.\n'
        'جەنۇبىي رايونلاردا يازدىكى قۇرغاقچىلىق سەۋەبىدىن بىر قىسىم ئېتىزلار زىيانغا ئۇچرىدى.\n'
        'ھۆكۈمەت دېھقانلارغا سۇ تېجەيدىغان تېخنىكىلار ئۈچۈن ئېتىبارلىق قەرز بېرىۋاتىدۇ.\n'
        'مۇتەخەسسىسلەرنىڭ قارىشىچە، كېلەر مەۋسۇمدا ئېكسپورت مىقدارى يەنىمۇ ئاشىدۇ.\n'),
    ('ps', 'Pashto', 'ps-tram',
        'د ټرانسپورټ وزیر د دوشنبې په ورځ په کابل کې د بسونو نوې کرښه پرانیستله.\n'
        'د جوړولو کار درې کاله دوام وکړ او نږدې دوه سوه میلیونه افغانۍ پرې ولګېدې.\n'
        'لومړیو مسافرو وویل چې نوي بسونه ارام او پاک دي.\n'
        'ښاروالۍ ژمنه وکړه چې په ګڼه ګوڼه وختونو کې به هرو پنځو دقیقو کې یو بس راځي.\n'),
    ('ps', 'Pashto', 'ps-harvest',
        'د کرنې وزارت اعلان وکړ چې سږکال به د غنمو حاصل تر تېر کال ډېر وي.\n'
        'په سهیلي ولایتونو کې د دوبي وچکالۍ د ځینو کروندو ته زیان ورساوه.\n'
        'حکومت بزګرانو ته د اوبو د سپما لپاره ارزانه پورونه ورکوي.\n'
        'د کارپوهانو په وینا، په راتلونکي فصل کې به د صادراتو کچه نوره هم لوړه شي.\n'),
]

ANALYSED = [
    ('kk', 'Үкімет отырысында Премьер-министр көктемгі егіс науқанына дайындық барысын талқылады.\n'
           'Ауыл шаруашылығы министрі биыл егістік алқаптары екі пайызға кеңейетінін және бұл '
           'жұмыс үшін қосымша қаржы бөлінетінін айтты.\n'
           'Оның сөзінше, фермерлерге жанар-жағармай мен тұқым да жеңілдетілген бағамен беріледі.\n'
           'Премьер-министр өңірлердің әкімдеріне бұл жұмысты уақытында аяқтауды тапсырды.\n'),
    ('ru', 'На заседании правительства премьер-министр обсудил подготовку к весенней посевной кампании.\n'
           'Министр сельского хозяйства сообщил, что в этом году посевные площади вырастут на два процента.\n'
           'Фермеры получат топливо и семена по льготным ценам.\n'
           'Премьер-министр поручил главам регионов завершить работы в срок.\n'),
    ('en', 'At a cabinet meeting the prime minister discussed preparations for the spring sowing season.\n'
           'The agriculture minister said that the area under crops would grow by two per cent this year.\n'
           'Farmers will receive fuel and seed at reduced prices from the state.\n'
           'The prime minister told the regional governors to finish the work on time.\n'),
    ('ar', 'ناقش رئيس الوزراء في اجتماع الحكومة الاستعدادات لموسم الزراعة الربيعي.\n'
           'وقال وزير الزراعة إن المساحات المزروعة ستزداد هذا العام بنسبة اثنين في المئة.\n'
           'وسيحصل المزارعون على الوقود والبذور بأسعار مخفضة من الدولة.\n'
           'وكلف رئيس الوزراء المحافظين بإنهاء الأعمال في موعدها.\n'),
]

# A terse Kazakh paragraph with one function word in 36 words: lingua names it, still Kazakh.
TERSE_KAZAKH = ('Үкімет отырысында Премьер-министр көктемгі егіс науқанына дайындық барысын талқылады.\n'
                'Ауыл шаруашылығы министрі биыл егістік алқаптары екі пайызға кеңейетінін айтты.\n'
                'Фермерлерге жанар-жағармай мен тұқым жеңілдетілген бағамен беріледі.\n'
                'Премьер-министр өңірлердің әкімдеріне жұмысты уақытында аяқтауды тапсырды.\n')

# Languages the letters cannot always tell: lingua confuses Indonesian and Malay in a short text.
CLOSE = [
    ('id', 'Indonesian',
        'Kementerian Pertanian memperkirakan panen padi tahun ini lebih besar daripada tahun lalu.\n'
        'Kemarau panjang di wilayah selatan merusak sebagian sawah milik petani.\n'
        'Pemerintah menyalurkan kredit murah kepada petani untuk membeli pompa air hemat energi.\n'
        'Menurut para ahli, ekspor beras diperkirakan terus meningkat pada musim depan.\n'),
]

# Languages with no letters.toml whose ordinary words use letters no alphabet there has.
UNLISTED = [
    ('sk', 'Minister dopravy v pondelok slávnostne otvoril novú električkovú trať v Košiciach.\n'
           'Stavba trvala tri roky a stála takmer dvesto miliónov eur.\n'
           'Prví cestujúci chválili tiché vozne a pohodlné sedadlá.\n'
           'Mesto sľubuje, že v špičke budú električky chodiť každých päť minút.\n'),
    ('lv', 'Satiksmes ministrs pirmdien Rīgā atklāja jaunu tramvaja līniju.\n'
           'Būvdarbi ilga trīs gadus un izmaksāja gandrīz divsimt miljonus eiro.\n'
           'Pirmie pasažieri slavēja klusos vagonus un ērtos sēdekļus.\n'
           'Pašvaldība sola, ka sastrēgumstundās tramvaji kursēs ik pēc piecām minūtēm.\n'),
    ('hr', 'Ministar prometa u ponedjeljak je otvorio novu tramvajsku liniju u Zagrebu.\n'
           'Radovi su trajali tri godine i stajali gotovo dvjesto milijuna eura.\n'
           'Prvi putnici pohvalili su tihe vagone i udobna sjedala.\n'
           'Grad obećava da će u vršnim satima tramvaji voziti svakih pet minuta.\n'),
    ('nb', 'Samferdselsministeren åpnet mandag en ny bybanelinje i Bergen.\n'
           'Byggingen tok tre år og kostet nesten to milliarder kroner.\n'
           'De første passasjerene roste de stille vognene og de brede dørene.\n'
           'Kommunen lover at banen skal gå hvert femte minutt i rushtiden.\n'),
]

_PROBE = """
import json, sys
from dragoman.article.language import detect_language
guess = detect_language(sys.stdin.read())
print(json.dumps([guess.code, guess.supported, "lingua" in sys.modules]))
"""


@pytest.mark.parametrize("code,name,_,text", NAMED, ids=[n for _, _, n, _ in NAMED])
def test_a_language_dragoman_does_not_analyse_keeps_its_name(code: str, name: str, _: str, text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.name, guess.supported) == (code, name, False)
    assert guess.confidence >= 0.5  # told, not guessed


@pytest.mark.parametrize("code,text", ANALYSED, ids=[c for c, _ in ANALYSED])
def test_the_analysed_languages_are_still_named_without_lingua(code: str, text: str) -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], input=text, capture_output=True, text=True,
                          cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, check=True)
    assert json.loads(done.stdout) == [code, True, False]


def test_kazakh_lingua_has_to_name_is_still_kazakh() -> None:
    guess = detect_language(TERSE_KAZAKH)
    assert (guess.code, guess.supported) == ("kk", True) and guess.confidence > 0.85


@pytest.mark.parametrize("code,name,text", CLOSE, ids=[c for c, _, _ in CLOSE])
def test_a_close_call_is_right_or_says_it_is_unsure(code: str, name: str, text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.name) == (code, name) or guess.confidence < 0.5


@pytest.mark.parametrize("code,text", UNLISTED, ids=[c for c, _ in UNLISTED])
def test_letters_no_alphabet_has_make_the_guess_unsure(code: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.code != code  # lingua only weighs languages with a letters.toml: it cannot name it
    assert guess.confidence < 0.5 and not guess.supported


@pytest.mark.parametrize("code,name,text", [o for o in OTHERS if o[0] in ("it", "es", "tt")],
                         ids=["it-unaccented", "es-unaccented", "tt-without-zhe"])
def test_a_text_that_only_lacks_some_letters_is_still_told(code: str, name: str, text: str) -> None:
    # Italian typed without accents fits the Uzbek letters as well, but uses none of Uzbek's own;
    # Tatar without җ fits Bashkir, but lacks Bashkir's frequent ҡ ҙ
    guess = detect_language(text)
    assert (guess.code, guess.name) == (code, name) and guess.confidence >= 0.5


def test_mongolian_is_not_taken_for_kyrgyz_without_its_letter() -> None:
    mongolian = [t for c, _, _, t in NAMED if c == "mn"]
    kyrgyz = [t for _, _, n, t in NAMED if n.startswith("ky-without-ng")]
    assert mongolian and kyrgyz
    assert {detect_language(t).code for t in mongolian} == {"mn"}
    assert {detect_language(t).code for t in kyrgyz} == {"ky"}
    assert all("ң" not in t for t in kyrgyz)


def test_a_second_script_of_a_language_has_its_own_folder_and_the_same_code() -> None:
    uzbek = {a.script: a for a in alphabets() if a.code == "uz"}
    assert set(uzbek) == {"Cyrillic", "Latin"}
    assert "ʻ" in uzbek["Latin"].letters and "ў" in uzbek["Cyrillic"].letters
    per_script = [(a.script, a.code) for a in alphabets()]
    assert len(per_script) == len(set(per_script))  # one alphabet per code in each script
    assert script_of("ʻ") == "Latin" and script_of("ʼ") == "Latin"


def test_high_accuracy_models_load_only_for_the_best_few(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[tuple[str, tuple[str, ...], bool]] = []
    real = language._detector

    def recording(script: str, codes: tuple[str, ...], high_accuracy: bool) -> object:
        built.append((script, codes, high_accuracy))
        return real(script, codes, high_accuracy)

    monkeypatch.setattr(language, "_detector", recording)
    text = next(t for _, _, n, t in NAMED if n == "uz-tram")
    assert detect_language(text).code == "uz"
    high = [codes for _, codes, high_accuracy in built if high_accuracy]
    assert high, "the short text should have needed the high-accuracy models"
    assert all(0 < len(codes) <= language.HIGH_ACCURACY_CANDIDATES for codes in high)
    assert len({a.code for a in alphabets() if a.script == "Latin"}) > language.HIGH_ACCURACY_CANDIDATES
