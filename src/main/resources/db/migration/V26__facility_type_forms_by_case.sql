-- The briefing counts facilities in a grammatical case as well as a number: Russian lists the works going on in the
-- genitive («работы по восстановлению 180 школ, 161 электроподстанции»), Arabic after «إعادة إعمار» (مدرستين).
-- Forms select on {case} (nominative or genitive) around the plural. One facility is named without "one"
-- («школа», «مدرسة»), as the press writes it in a list, and Russian numbers come as {n}, grouped from five digits.
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {школы} =2 {двух школ} one {{n} школы} few {{n} школ} many {{n} школ} other {{n} школы}}} other {{count, plural, =1 {школа} =2 {две школы} one {{n} школа} few {{n} школы} many {{n} школ} other {{n} школы}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا مدارس} one {مدرسة} two {مدرستين} few {# مدارس} many {# مدرسة} other {# مدرسة}}} other {{count, plural, zero {لا مدارس} one {مدرسة} two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}}}'
 where code = 'school';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {детского сада} =2 {двух детских садов} one {{n} детского сада} few {{n} детских садов} many {{n} детских садов} other {{n} детского сада}}} other {{count, plural, =1 {детский сад} =2 {два детских сада} one {{n} детский сад} few {{n} детских сада} many {{n} детских садов} other {{n} детского сада}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا رياض أطفال} one {روضة أطفال} two {روضتي أطفال} few {# رياض أطفال} many {# روضة أطفال} other {# روضة أطفال}}} other {{count, plural, zero {لا رياض أطفال} one {روضة أطفال} two {روضتا أطفال} few {# رياض أطفال} many {# روضة أطفال} other {# روضة أطفال}}}}'
 where code = 'preschool';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {пекарни} =2 {двух пекарен} one {{n} пекарни} few {{n} пекарен} many {{n} пекарен} other {{n} пекарни}}} other {{count, plural, =1 {пекарня} =2 {две пекарни} one {{n} пекарня} few {{n} пекарни} many {{n} пекарен} other {{n} пекарни}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا مخابز} one {مخبز} two {مخبزين} few {# مخابز} many {# مخبزًا} other {# مخبز}}} other {{count, plural, zero {لا مخابز} one {مخبز} two {مخبزان} few {# مخابز} many {# مخبزًا} other {# مخبز}}}}'
 where code = 'bakery';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {насосной станции} =2 {двух насосных станций} one {{n} насосной станции} few {{n} насосных станций} many {{n} насосных станций} other {{n} насосной станции}}} other {{count, plural, =1 {насосная станция} =2 {две насосные станции} one {{n} насосная станция} few {{n} насосные станции} many {{n} насосных станций} other {{n} насосной станции}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا محطات ضخ مياه} one {محطة ضخ مياه} two {محطتي ضخ مياه} few {# محطات ضخ مياه} many {# محطة ضخ مياه} other {# محطة ضخ مياه}}} other {{count, plural, zero {لا محطات ضخ مياه} one {محطة ضخ مياه} two {محطتا ضخ مياه} few {# محطات ضخ مياه} many {# محطة ضخ مياه} other {# محطة ضخ مياه}}}}'
 where code = 'water_pumping_station';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {электроподстанции} =2 {двух электроподстанций} one {{n} электроподстанции} few {{n} электроподстанций} many {{n} электроподстанций} other {{n} электроподстанции}}} other {{count, plural, =1 {электроподстанция} =2 {две электроподстанции} one {{n} электроподстанция} few {{n} электроподстанции} many {{n} электроподстанций} other {{n} электроподстанции}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا محطات تحويل كهربائية} one {محطة تحويل كهربائية} two {محطتي تحويل كهربائية} few {# محطات تحويل كهربائية} many {# محطة تحويل كهربائية} other {# محطة تحويل كهربائية}}} other {{count, plural, zero {لا محطات تحويل كهربائية} one {محطة تحويل كهربائية} two {محطتا تحويل كهربائية} few {# محطات تحويل كهربائية} many {# محطة تحويل كهربائية} other {# محطة تحويل كهربائية}}}}'
 where code = 'electrical_substation';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {медицинского учреждения} =2 {двух медицинских учреждений} one {{n} медицинского учреждения} few {{n} медицинских учреждений} many {{n} медицинских учреждений} other {{n} медицинского учреждения}}} other {{count, plural, =1 {медицинское учреждение} =2 {два медицинских учреждения} one {{n} медицинское учреждение} few {{n} медицинских учреждения} many {{n} медицинских учреждений} other {{n} медицинского учреждения}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا منشآت طبية} one {منشأة طبية} two {منشأتين طبيتين} few {# منشآت طبية} many {# منشأة طبية} other {# منشأة طبية}}} other {{count, plural, zero {لا منشآت طبية} one {منشأة طبية} two {منشأتان طبيتان} few {# منشآت طبية} many {# منشأة طبية} other {# منشأة طبية}}}}'
 where code = 'medical_facility';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {жилого дома} =2 {двух жилых домов} one {{n} жилого дома} few {{n} жилых домов} many {{n} жилых домов} other {{n} жилого дома}}} other {{count, plural, =1 {жилой дом} =2 {два жилых дома} one {{n} жилой дом} few {{n} жилых дома} many {{n} жилых домов} other {{n} жилого дома}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا مبان سكنية} one {مبنى سكني} two {مبنيين سكنيين} few {# مبان سكنية} many {# مبنى سكنيًا} other {# مبنى سكني}}} other {{count, plural, zero {لا مبان سكنية} one {مبنى سكني} two {مبنيان سكنيان} few {# مبان سكنية} many {# مبنى سكنيًا} other {# مبنى سكني}}}}'
 where code = 'residential_building';
update facility_type set
    forms_ru = '{case, select, genitive {{count, plural, =1 {культового сооружения} =2 {двух культовых сооружений} one {{n} культового сооружения} few {{n} культовых сооружений} many {{n} культовых сооружений} other {{n} культового сооружения}}} other {{count, plural, =1 {культовое сооружение} =2 {два культовых сооружения} one {{n} культовое сооружение} few {{n} культовых сооружения} many {{n} культовых сооружений} other {{n} культового сооружения}}}}',
    forms_ar = '{case, select, genitive {{count, plural, zero {لا دور عبادة} one {دار عبادة} two {داري عبادة} few {# دور عبادة} many {# دار عبادة} other {# دار عبادة}}} other {{count, plural, zero {لا دور عبادة} one {دار عبادة} two {دارا عبادة} few {# دور عبادة} many {# دار عبادة} other {# دار عبادة}}}}'
 where code = 'place_of_worship';
