package com.holdspace.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicSettingRepository extends JpaRepository<ClinicSetting, String> {

}
