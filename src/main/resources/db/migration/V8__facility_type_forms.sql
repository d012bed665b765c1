-- How the briefing counts each facility type in each language: an ICU plural message over {count}, where {n} is the
-- count as the language writes it in running text (English spells out two to nine). Russian needs one, few and
-- many; Arabic zero, one, two, few, many and other. Explicit =1 and =2 carry the gender of the number words.
alter table facility_type add column forms_en varchar(500);
alter table facility_type add column forms_ru varchar(500);
alter table facility_type add column forms_ar varchar(500);

update facility_type set
    forms_en = '{count, plural, =0 {no schools} one {a school} other {{n} schools}}',
    forms_ru = '{count, plural, =1 {одна школа} =2 {две школы} one {# школа} few {# школы} many {# школ} other {# школы}}',
    forms_ar = '{count, plural, zero {لا مدارس} one {مدرسة واحدة} two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}'
 where code = 'school';
update facility_type set
    forms_en = '{count, plural, =0 {no pre-schools} one {a pre-school} other {{n} pre-schools}}',
    forms_ru = '{count, plural, =1 {один детский сад} =2 {два детских сада} one {# детский сад} few {# детских сада} many {# детских садов} other {# детского сада}}',
    forms_ar = '{count, plural, zero {لا رياض أطفال} one {روضة أطفال واحدة} two {روضتا أطفال} few {# رياض أطفال} many {# روضة أطفال} other {# روضة أطفال}}'
 where code = 'preschool';
update facility_type set
    forms_en = '{count, plural, =0 {no bakeries} one {a bakery} other {{n} bakeries}}',
    forms_ru = '{count, plural, =1 {одна пекарня} =2 {две пекарни} one {# пекарня} few {# пекарни} many {# пекарен} other {# пекарни}}',
    forms_ar = '{count, plural, zero {لا مخابز} one {مخبز واحد} two {مخبزان} few {# مخابز} many {# مخبزًا} other {# مخبز}}'
 where code = 'bakery';
update facility_type set
    forms_en = '{count, plural, =0 {no water pumping stations} one {a water pumping station} other {{n} water pumping stations}}',
    forms_ru = '{count, plural, =1 {одна насосная станция} =2 {две насосные станции} one {# насосная станция} few {# насосные станции} many {# насосных станций} other {# насосной станции}}',
    forms_ar = '{count, plural, zero {لا محطات ضخ مياه} one {محطة ضخ مياه واحدة} two {محطتا ضخ مياه} few {# محطات ضخ مياه} many {# محطة ضخ مياه} other {# محطة ضخ مياه}}'
 where code = 'water_pumping_station';
update facility_type set
    forms_en = '{count, plural, =0 {no electrical substations} one {an electrical substation} other {{n} electrical substations}}',
    forms_ru = '{count, plural, =1 {одна электроподстанция} =2 {две электроподстанции} one {# электроподстанция} few {# электроподстанции} many {# электроподстанций} other {# электроподстанции}}',
    forms_ar = '{count, plural, zero {لا محطات تحويل كهربائية} one {محطة تحويل كهربائية واحدة} two {محطتا تحويل كهربائية} few {# محطات تحويل كهربائية} many {# محطة تحويل كهربائية} other {# محطة تحويل كهربائية}}'
 where code = 'electrical_substation';
update facility_type set
    forms_en = '{count, plural, =0 {no medical facilities} one {a medical facility} other {{n} medical facilities}}',
    forms_ru = '{count, plural, =1 {одно медицинское учреждение} =2 {два медицинских учреждения} one {# медицинское учреждение} few {# медицинских учреждения} many {# медицинских учреждений} other {# медицинского учреждения}}',
    forms_ar = '{count, plural, zero {لا منشآت طبية} one {منشأة طبية واحدة} two {منشأتان طبيتان} few {# منشآت طبية} many {# منشأة طبية} other {# منشأة طبية}}'
 where code = 'medical_facility';
update facility_type set
    forms_en = '{count, plural, =0 {no residential buildings} one {a residential building} other {{n} residential buildings}}',
    forms_ru = '{count, plural, =1 {один жилой дом} =2 {два жилых дома} one {# жилой дом} few {# жилых дома} many {# жилых домов} other {# жилого дома}}',
    forms_ar = '{count, plural, zero {لا مبان سكنية} one {مبنى سكني واحد} two {مبنيان سكنيان} few {# مبان سكنية} many {# مبنى سكنيًا} other {# مبنى سكني}}'
 where code = 'residential_building';
update facility_type set
    forms_en = '{count, plural, =0 {no places of worship} one {a place of worship} other {{n} places of worship}}',
    forms_ru = '{count, plural, =1 {одно культовое сооружение} =2 {два культовых сооружения} one {# культовое сооружение} few {# культовых сооружения} many {# культовых сооружений} other {# культового сооружения}}',
    forms_ar = '{count, plural, zero {لا دور عبادة} one {دار عبادة واحدة} two {دارا عبادة} few {# دور عبادة} many {# دار عبادة} other {# دار عبادة}}'
 where code = 'place_of_worship';
